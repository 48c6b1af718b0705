import { GraphBucket } from './graph-limits';

export interface RequestCost {
  bucket: GraphBucket;
  /** Resource units for identity requests; 1 for reports and Conditional Access (counted by request). */
  units: number;
}

const REPORT_PATHS = [/^\/auditLogs\//i, /^\/reports\//i];
const CONDITIONAL_ACCESS = /^\/identity\/conditionalAccess\//i;

/** Base resource units per endpoint; every other GET costs 1. */
const BASE_COSTS: ReadonlyArray<[RegExp, number]> = [
  [/^\/users(\/delta)?$/i, 2],
  [/^\/applications$/i, 2],
  [/^\/groups\/[^/]+\/transitiveMembers$/i, 5],
  [/^\/(groups|directoryRoles)\/[^/]+\/members$/i, 3],
  [/^\/subscribedSkus$/i, 3],
];

/**
 * What a request spends, read from the URL actually sent (first page or nextLink), exactly as Graph
 * charges it: `$select` −1, `$expand` +1, `$top` under 20 −1, never below 1.
 */
export function requestCost(url: string): RequestCost {
  const parsed = new URL(url, 'https://graph.invalid');
  const path = decodeURIComponent(parsed.pathname).replace(/^\/(v1\.0|beta)(?=\/)/i, '').replace(/\/+$/, '');
  if (REPORT_PATHS.some((pattern) => pattern.test(path))) return { bucket: 'reports', units: 1 };
  if (CONDITIONAL_ACCESS.test(path)) return { bucket: 'conditionalAccess', units: 1 };
  let units = BASE_COSTS.find(([pattern]) => pattern.test(path))?.[1] ?? 1;
  const query = parsed.searchParams;
  if (query.has('$select')) units -= 1;
  if (query.has('$expand')) units += 1;
  const top = Number(query.get('$top'));
  if (query.has('$top') && Number.isFinite(top) && top < 20) units -= 1;
  return { bucket: 'identity', units: Math.max(1, units) };
}
