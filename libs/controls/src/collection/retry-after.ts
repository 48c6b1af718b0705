import { GraphError } from '@microsoft/microsoft-graph-client';

/** Graph throttled the request (429); how long it asked us to wait is in `retryAfterMs`. */
export function isThrottled(error: unknown): error is GraphError {
  return error instanceof GraphError && error.statusCode === 429;
}

/**
 * The wait a `Retry-After` header asks for, in ms: delta-seconds or an HTTP date (RFC 9110), never
 * negative. Null when the header is absent or unreadable (Conditional Access sends 429 without one).
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The wait the response behind a GraphError asked for (see `parseRetryAfter`). */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | null {
  return error instanceof GraphError ? parseRetryAfter(error.headers?.get('Retry-After'), now) : null;
}
