import { DatasetPath, DatasetRequest } from '@trueconfig/controls';

/**
 * Datasets that grow with the tenant's users: their first page asks Graph for `$count` (sent with
 * `ConsistencyLevel: eventual` by EventualCountMiddleware), so progress can show rows against the total.
 */
export const COUNTED_DATASETS: ReadonlySet<string> = new Set([DatasetPath.Users, DatasetPath.UserRegistrationDetails]);

export function withRowCount(path: string, request: DatasetRequest | null): DatasetRequest | null {
  if (!request || request.singleton || !COUNTED_DATASETS.has(path)) return request;
  return { ...request, query: { ...request.query, $count: 'true' } };
}

/** `@odata.count` of a Graph page (only the first page of a counted listing has one), else null. */
export function odataCount(page: unknown): number | null {
  if (typeof page !== 'object' || page === null) return null;
  const count = (page as Record<string, unknown>)['@odata.count'];
  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null;
}

/** Wraps a page request so Graph's `@odata.count`, when the page has one, is handed to `onCount`. */
export function observingCount(get: () => Promise<unknown>, onCount: (rows: number) => void): () => Promise<unknown> {
  return async () => {
    const page = await get();
    const count = odataCount(page);
    if (count !== null) onCount(count);
    return page;
  };
}
