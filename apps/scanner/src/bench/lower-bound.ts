import { bucketLimit, GraphBucket } from '../pacing/graph-limits';
import { requestCost } from '../pacing/request-cost';

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
  count: number;
}

export interface LowerBound {
  /** Seconds each budget needs at its sustained rate for the units the scan spent in it. */
  perBucket: Record<GraphBucket, number>;
  /** The binding one: buckets refill in parallel, so the scan can be no shorter than the slowest. */
  seconds: number;
  /** The same with every bucket full at the start (its burst spent first). */
  burstSeconds: number;
}

/**
 * The shortest time Graph's limits allow for the requests a scan had to make (each path's served
 * requests, costed with the same table the scanner paces by), at `scale`: the sustained rate, as a
 * tenant scanned on a schedule sees it; `burstSeconds` credits a full bucket at the start.
 */
export function lowerBound(served: readonly ServedRequest[], tenantUsers: number, scale: number): LowerBound {
  const units: Record<GraphBucket, number> = { identity: 0, reports: 0, conditionalAccess: 0 };
  for (const request of served) {
    if (request.status >= 400 || request.path.startsWith('/_emulator') || request.path.includes('oauth2')) continue;
    // Stats name the route, not the query: cost each as its cheapest form ($select, −1 RU) so the bound stays a lower one.
    const cost = requestCost(`https://graph.invalid${request.path.replace(/:[^/]+/g, 'x')}?$select=id`);
    units[cost.bucket] += cost.units * request.count;
  }
  const perBucket = { identity: 0, reports: 0, conditionalAccess: 0 };
  let burstSeconds = 0;
  for (const bucket of Object.keys(units) as GraphBucket[]) {
    const limit = bucketLimit(bucket, tenantUsers, scale);
    const ratePerSecond = (limit.capacity * 1000) / limit.windowMs;
    perBucket[bucket] = units[bucket] / ratePerSecond;
    burstSeconds = Math.max(burstSeconds, Math.max(0, units[bucket] - limit.capacity) / ratePerSecond);
  }
  return { perBucket, seconds: Math.max(...Object.values(perBucket)), burstSeconds };
}
