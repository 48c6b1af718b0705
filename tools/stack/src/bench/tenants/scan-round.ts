import { BenchApi } from './bench-api';
import { LatestScan, latestScans } from './latest-scans';

const START = `mutation S($tenantId: ID!) { startScan(tenantId: $tenantId) { id } }`;
const UNFINISHED = ['QUEUED', 'RUNNING'];
const POLL_MS = 500;

export interface ScanRound {
  tenants: number;
  /** From the first startScan sent to the last scan's finishedAt. */
  seconds: number;
  tenantsPerMinute: number;
  /** Final statuses and how many scans ended in each. */
  statuses: Record<string, number>;
}

/** Starts a scan of every tenant at once and waits (polling once per POLL_MS) until each has finished. */
export async function scanRound(api: BenchApi, tenantIds: string[], timeoutMs: number): Promise<ScanRound> {
  const started = Date.now();
  await Promise.all(tenantIds.map((tenantId) => api(START, { tenantId })));
  const deadline = started + timeoutMs;
  for (;;) {
    const latest = await latestScans(api);
    const scans = tenantIds.map((id) => latest.get(id) ?? null);
    if (scans.every((s) => s && !UNFINISHED.includes(s.status))) return summary(scans as LatestScan[], started);
    if (Date.now() > deadline) throw new Error(`scans still unfinished after ${timeoutMs} ms: ${JSON.stringify(countStatuses(scans))}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function summary(scans: LatestScan[], started: number): ScanRound {
  const lastFinished = Math.max(...scans.map((s) => Date.parse(s.finishedAt ?? '') || Date.now()));
  const seconds = (lastFinished - started) / 1000;
  return { tenants: scans.length, seconds, tenantsPerMinute: (scans.length / seconds) * 60, statuses: countStatuses(scans) };
}

function countStatuses(scans: Array<LatestScan | null>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const scan of scans) counts[scan?.status ?? 'NOT_STARTED'] = (counts[scan?.status ?? 'NOT_STARTED'] ?? 0) + 1;
  return counts;
}
