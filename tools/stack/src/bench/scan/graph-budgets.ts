/**
 * Graph's documented budgets (GRAPH-FACTS "Throttling"), for the benchmark's lower bound: its own reading of
 * the facts, not the scanner's pacing table, so the bound checks the scanner instead of echoing it.
 */
export type GraphBucket = 'identity' | 'reports' | 'conditionalAccess';

export interface BucketLimit {
  /** Resource units (identity) or requests (the others) per window: also the bucket's burst. */
  capacity: number;
  windowSeconds: number;
}

const REPORTS = /^\/(v1\.0|beta)\/(auditLogs|reports)\//i;
const CONDITIONAL_ACCESS = /^\/(v1\.0|beta)\/identity\/conditionalAccess\//i;
/** Base resource units per route; every other GET costs 1. */
const BASE_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/\/users(\/delta)?$/i, 2],
  [/\/applications$/i, 2],
  [/\/groups\/[^/]+\/transitiveMembers$/i, 5],
  [/\/(groups|directoryRoles)\/[^/]+\/members$/i, 3],
  [/\/subscribedSkus$/i, 3],
];

/** A served route's bucket and units in its cheapest form (`$select` −1, never below 1): a lower bound needs no more. */
export function routeCost(route: string): { bucket: GraphBucket; units: number } {
  if (REPORTS.test(route)) return { bucket: 'reports', units: 1 };
  if (CONDITIONAL_ACCESS.test(route)) return { bucket: 'conditionalAccess', units: 1 };
  const base = BASE_UNITS.find(([pattern]) => pattern.test(route))?.[1] ?? 1;
  return { bucket: 'identity', units: Math.max(1, base - 1) };
}

/** Identity RU per 10 s by tenant size (3,500 under 50 users, 5,000 to 500, 8,000 above); reports 5 per 10 s; CA 1 per s. */
export function bucketLimit(bucket: GraphBucket, tenantUsers: number, scale: number): BucketLimit {
  if (bucket === 'reports') return { capacity: 5 * scale, windowSeconds: 10 };
  if (bucket === 'conditionalAccess') return { capacity: scale, windowSeconds: 1 };
  const units = tenantUsers < 50 ? 3500 : tenantUsers <= 500 ? 5000 : 8000;
  return { capacity: units * scale, windowSeconds: 10 };
}
