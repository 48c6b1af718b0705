import { bucketLimit, GraphBucket, routeCost } from './graph-budgets';

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
  count: number;
}

/** Round trips measured against the same Graph (the emulator) with a bare client: the floor of any request. */
export interface RoundTrips {
  /** The token request and the subscribed SKUs (the licence decides what else is asked): before any listing. */
  prefixSeconds: number;
  /** Seconds per page of each paged listing, by route. */
  pageSeconds: Record<string, number>;
  /** The smallest request a scan makes (the subscribed SKUs): the floor of each request outside the listings. */
  requestSeconds: number;
}

export interface LowerBound {
  /** Seconds each budget needs for the units the scan spent in it, its bucket full at the start. */
  perBucket: Record<GraphBucket, number>;
  /** The longest chain of requests that cannot overlap: the prefix, then each listing's pages one after another. */
  chainSeconds: number;
  /** The emulator answers one request at a time (one Node process): the prefix, every listing's pages and every other request, summed. */
  serverSeconds: number;
  /** The binding one: budgets refill in parallel, a listing's pages follow each other, the server serves one at a time. */
  seconds: number;
  /** The budgets at their sustained rate with empty buckets (the previous model), for comparison. */
  sustainedSeconds: number;
}

/** Graph's own routes in the emulator's stats (not its control API, not Entra's token and discovery endpoints). */
export function isGraphRoute(path: string): boolean {
  return !path.startsWith('/_emulator') && !path.includes('oauth2') && !path.includes('.well-known');
}

/**
 * The shortest time Graph allows for the requests a scan had to make (served ones; failures are not part of
 * the minimal set). Two limits hold at once: each budget's token bucket (GRAPH-FACTS: full at the start, so
 * only units beyond the burst wait), and paging — a listing's next page is known only from the previous one,
 * so a listing takes at least its pages times a round trip, after the token and the licence. The stand-in
 * Graph (the emulator) adds a third: it serves one request at a time, so no scan beats the listings' pages and
 * its other requests (policies, applications, …; each at least the smallest request's time) served back to back.
 * Requests beyond the minimal set (e.g. a users/delta round for the next scan's link) count in the budgets but
 * not in the paging floors.
 */
export function lowerBound(served: readonly ServedRequest[], tenantUsers: number, scale: number, trips: RoundTrips): LowerBound {
  const units: Record<GraphBucket, number> = { identity: 0, reports: 0, conditionalAccess: 0 };
  const pages = new Map<string, number>();
  for (const request of served) {
    if (request.status >= 400 || !isGraphRoute(request.path)) continue;
    const cost = routeCost(request.path);
    units[cost.bucket] += cost.units * request.count;
    pages.set(request.path, (pages.get(request.path) ?? 0) + request.count);
  }
  const perBucket: Record<GraphBucket, number> = { identity: 0, reports: 0, conditionalAccess: 0 };
  let sustainedSeconds = 0;
  for (const bucket of Object.keys(units) as GraphBucket[]) {
    const limit = bucketLimit(bucket, tenantUsers, scale);
    const perSecond = limit.capacity / limit.windowSeconds;
    perBucket[bucket] = Math.max(0, units[bucket] - limit.capacity) / perSecond;
    sustainedSeconds = Math.max(sustainedSeconds, units[bucket] / perSecond);
  }
  const listings = Object.entries(trips.pageSeconds).map(([route, seconds]) => (pages.get(route) ?? 0) * seconds);
  const chainSeconds = trips.prefixSeconds + Math.max(0, ...listings);
  const others = otherRequests(pages, Object.keys(trips.pageSeconds));
  const serverSeconds = trips.prefixSeconds + listings.reduce((sum, seconds) => sum + seconds, 0) + others * trips.requestSeconds;
  return { perBucket, chainSeconds, serverSeconds, seconds: Math.max(chainSeconds, serverSeconds, ...Object.values(perBucket)), sustainedSeconds };
}

/** Served requests outside the listings and the prefix (whose one subscribed-SKUs request is already counted), delta rounds aside. */
function otherRequests(pages: ReadonlyMap<string, number>, listingRoutes: readonly string[]): number {
  let count = -1; // the prefix's subscribed SKUs
  for (const [route, served] of pages) if (!listingRoutes.includes(route) && !route.endsWith('/delta')) count += served;
  return Math.max(0, count);
}
