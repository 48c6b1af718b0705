import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { PageSender } from '@trueconfig/controls';

export interface ListingPage {
  rows: unknown[];
  deltaLink: string | null;
}

interface GraphPage {
  value?: unknown;
  '@odata.nextLink'?: unknown;
  '@odata.deltaLink'?: unknown;
}

/** Users delta pages are sized by this header (users/delta takes no `$top`). */
export const DELTA_PAGE_PREFERENCE = 'odata.maxpagesize=999';

/** How many times a listing whose page token expired starts over before giving up. */
export const LISTING_RESTARTS = 3;

export function isExpiredPageToken(error: unknown): boolean {
  return error instanceof GraphError && error.statusCode === 400 && /ExpiredPageToken/i.test(error.code ?? '');
}

/**
 * Follows a listing from its first URL through `@odata.nextLink`, handing each page over, until the
 * last page (which may carry an `@odata.deltaLink`). The first URL may itself be a delta link. The
 * next page is requested while the current one is handed over (stored), so Graph and the database
 * work side by side; at most two pages are held.
 */
export async function followListing(client: Client, firstUrl: string, send: PageSender, onPage: (page: ListingPage) => Promise<void>): Promise<number> {
  const fetchPage = (url: string) => send(() => client.api(url).header('Prefer', DELTA_PAGE_PREFERENCE).get()) as Promise<GraphPage>;
  let pending = fetchPage(firstUrl);
  for (let pages = 1; ; pages++) {
    const page = await pending;
    const next = page['@odata.nextLink'];
    const hasNext = typeof next === 'string' && next.length > 0;
    if (hasNext) {
      pending = fetchPage(next);
      // Handled where it is awaited; this only keeps a failure during onPage from going unhandled.
      pending.catch(() => undefined);
    }
    const delta = page['@odata.deltaLink'];
    await onPage({ rows: Array.isArray(page.value) ? (page.value as unknown[]) : [], deltaLink: typeof delta === 'string' ? delta : null });
    if (!hasNext) return pages;
  }
}
