import { ScanDto } from '@trueconfig/common';
import { EmulatorStats } from '@trueconfig/launcher';
import { isGraphRoute, LowerBound, lowerBound, RoundTrips, ServedRequest } from './lower-bound';

export interface ScanMeasurement {
  users: number;
  scale: number;
  scan: ScanDto;
  stats: EmulatorStats;
  trips: RoundTrips;
  rssMb: number | null;
}

/** The figures for one tenant size; the ratio to the lower bound is the last line (bench-figures reads these). */
export function scanReport({ users, scale, scan, stats, trips, rssMb }: ScanMeasurement): string[] {
  const wallSeconds = (Date.parse(scan.finishedAt ?? '') - Date.parse(scan.startedAt)) / 1000;
  const graph: ServedRequest[] = stats.requests.filter((r) => isGraphRoute(r.path));
  const bound = lowerBound(graph, users, scale, trips);
  return [
    `== ${users.toLocaleString('en-US')} users, throttle scale ${scale}: scan ${scan.status}${scan.warnings.length ? ` (${scan.warnings.join('; ')})` : ''}`,
    `wall time: ${wallSeconds.toFixed(2)} s`,
    'Graph requests by endpoint:',
    ...graph.map((r) => `  ${r.method} ${r.path} ${r.status}: ${r.count}`),
    `Graph requests: ${graph.reduce((sum, r) => sum + r.count, 0)} (scanner counted ${scan.graphRequests?.total ?? '?'}, retries ${scan.graphRequests?.retries ?? '?'})`,
    `429s received: ${stats.throttled}`,
    `peak scanner RSS: ${rssMb ?? '?'} MB`,
    `round trips (bare client): token + subscribedSkus ${ms(trips.prefixSeconds)}, ${Object.entries(trips.pageSeconds).map(([route, s]) => `${route} ${ms(s)}/page`).join(', ')}, any other request ≥ ${ms(trips.requestSeconds)}`,
    describeBound(bound),
    `ratio to lower bound: ${bound.seconds > 0 ? (wallSeconds / bound.seconds).toFixed(2) : 'n/a'}`,
  ];
}

function describeBound(bound: LowerBound): string {
  const buckets = `identity ${bound.perBucket.identity.toFixed(2)} s, reports ${bound.perBucket.reports.toFixed(2)} s, Conditional Access ${bound.perBucket.conditionalAccess.toFixed(2)} s`;
  return `lower bound: ${bound.seconds.toFixed(2)} s (paging: longest listing ${bound.chainSeconds.toFixed(2)} s, all listings served one at a time ${bound.serverSeconds.toFixed(2)} s; budgets with full buckets: ${buckets}; at the sustained rate from empty buckets ${bound.sustainedSeconds.toFixed(2)} s)`;
}

function ms(seconds: number): string {
  return `${Math.round(seconds * 1000)} ms`;
}
