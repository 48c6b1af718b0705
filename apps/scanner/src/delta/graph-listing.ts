import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { PageSender } from '@trueconfig/controls';
import { bodyOf, readStreamedPage, StreamedPage } from './streamed-page';

export interface ListingPage {
  rows: unknown[];
  deltaLink: string | null;
  /** The page as Graph sent it. */
  body: Buffer;
}

/** Users delta pages are sized by this header (users/delta takes no `$top`). */
export const DELTA_PAGE_PREFERENCE = 'odata.maxpagesize=999';

/** How many times a listing whose page token expired starts over before giving up. */
export const LISTING_RESTARTS = 3;

export function isExpiredPageToken(error: unknown): boolean {
  return error instanceof GraphError && error.statusCode === 400 && /ExpiredPageToken/i.test(error.code ?? '');
}

/** Pages asked for and not yet handed over, at most: the one awaited and the one after it. */
const MAX_AHEAD = 2;

/** One page asked for; the next page's link as soon as the first bytes of this one showed it. */
class PageFetch {
  link: string | null = null;
  next: PageFetch | null = null;
  readonly page: Promise<StreamedPage>;

  constructor(
    readonly url: string,
    read: (onNextLink: (link: string) => void) => Promise<StreamedPage>,
    onLink: (fetch: PageFetch) => void,
  ) {
    this.page = read((link) => {
      this.link = link;
      onLink(this);
    });
    // Handled where it is awaited; this only keeps a page dropped or failed meanwhile from going unhandled.
    this.page.catch(() => undefined);
  }
}

/**
 * Follows a listing from its first URL through `@odata.nextLink`, handing each page over, until the
 * last page (which may carry an `@odata.deltaLink`). The first URL may itself be a delta link. The next
 * page is asked for as soon as the link shows in the first bytes of the current one, so Graph prepares it
 * while this one is still arriving, parsed and handed over (stored): at most two pages are ahead of the one
 * handed over. The parsed page decides: an early request for another link is dropped.
 */
export async function followListing(client: Client, firstUrl: string, send: PageSender, onPage: (page: ListingPage) => Promise<void>): Promise<number> {
  let ahead = 0;
  const start = (url: string): PageFetch => {
    ahead++;
    const read = (onNextLink: (link: string) => void) => send(() => readStreamedPage(client, url, DELTA_PAGE_PREFERENCE, onNextLink)) as Promise<StreamedPage>;
    return new PageFetch(url, read, startNext);
  };
  const startNext = (fetch: PageFetch) => {
    if (!fetch.next && fetch.link && ahead < MAX_AHEAD) fetch.next = start(fetch.link);
  };
  let current = start(firstUrl);
  for (let pages = 1; ; pages++) {
    const page = await current.page;
    ahead--;
    const following = nextFetch(current, stringOrNull(page['@odata.nextLink']), start, () => ahead--);
    if (following) startNext(following);
    await onPage({ rows: Array.isArray(page.value) ? (page.value as unknown[]) : [], deltaLink: stringOrNull(page['@odata.deltaLink']), body: bodyOf(page) });
    if (!following) return pages;
    current = following;
  }
}

/** The fetch of the page after `current`: the early one if it asked for the link the page names, else a new one. */
function nextFetch(current: PageFetch, link: string | null, start: (url: string) => PageFetch, drop: () => void): PageFetch | null {
  const early = current.next;
  if (early && early.url === link) return early;
  for (let dropped = early; dropped; dropped = dropped.next) drop();
  return link ? start(link) : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
