import { connectedTenant, FaultScan, finishedScan, query, resultRows, startScan } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';

/** The throttle storm's length; the real-length variant is FAULTS_STORM_SECONDS=600. */
const STORM_MS = Number(process.env.FAULTS_STORM_SECONDS ?? 6) * 1000;
/** The storm itself plus the calm scans before it and the stormed scan's recovery after it. */
const STORM_TEST_TIMEOUT_MS = STORM_MS + 180_000;
const GRAPH_PATHS = ['/v1.0/*', '/beta/*'];
const outcome = (scan: FaultScan) => scan.results.map((r) => `${r.controlId}:${r.status}`).sort();

interface ScanFigures { seconds: number; requests: number; throttled: number; retries: number; give_ups: number }

/** How long a scan ran and what it sent, from its row. */
async function figures(f: FaultStack, scanId: string): Promise<ScanFigures> {
  const [row] = await query<ScanFigures>(
    f,
    'SELECT EXTRACT(EPOCH FROM finished_at - started_at)::float8 AS seconds, requests, throttled, retries, give_ups FROM scanner.scans WHERE id = $1',
    [scanId],
  );
  return row;
}

/** Graph misbehaving: random 429/503/504 and resets, then a long throttle storm on one tenant. */
describe('fault: Graph chaos', () => {
  let f: FaultStack;
  const tenants: string[] = [];
  const directoryIds: string[] = [];
  const baseline = new Map<string, FaultScan>();

  beforeAll(async () => {
    f = await startFaultStack();
    for (const seed of [1, 2, 3]) {
      const tenant = await connectedTenant(f, 60, seed);
      tenants.push(tenant.id);
      directoryIds.push(tenant.directoryTenantId);
    }
    for (const tenantId of tenants) baseline.set(tenantId, await finishedScan(f, await startScan(f, tenantId)));
  });

  afterAll(() => f?.stop());
  afterEach(() => f.control.clearFaults());

  it('20% of Graph calls answer 429, 503, 504 or reset: every scan still completes with the same results', async () => {
    const kinds = [{ status: 429, retryAfterSeconds: 1 }, { status: 503 }, { status: 504 }, { reset: true }];
    await Promise.all(GRAPH_PATHS.flatMap((pathPattern) => kinds.map((kind) => f.control.addFault({ pathPattern, ratio: 0.05, ...kind }))));
    await f.control.resetStats();
    const scans = await Promise.all(tenants.map(async (tenantId) => finishedScan(f, await startScan(f, tenantId), 120000)));
    const stats = await f.control.stats();
    const failed = stats.requests.filter((r) => r.status >= 429 && !r.path.startsWith('/_emulator')).reduce((sum, r) => sum + r.count, 0);
    expect(failed).toBeGreaterThan(0);
    for (const [i, scan] of scans.entries()) {
      expect(scan.status).toBe('SUCCEEDED');
      expect(outcome(scan)).toEqual(outcome(baseline.get(tenants[i]) as FaultScan));
      const rows = await resultRows(f, scan.id);
      expect(rows.total).toBe(rows.controls.length);
      expect(rows.total).toBe(scan.results.length);
    }
  });

  it('a throttle storm on one tenant leaves the others scanning at full speed; the stormed one completes after it', async () => {
    const [stormed, ...others] = tenants;
    const storm = await Promise.all(GRAPH_PATHS.map((pathPattern) => f.control.addFault({ tenantId: directoryIds[0], pathPattern, status: 429, retryAfterSeconds: 1 })));
    const stormedScanId = await startScan(f, stormed);
    const calmStarted = Date.now();
    const calm = await Promise.all(others.map(async (tenantId) => finishedScan(f, await startScan(f, tenantId))));
    const calmSeconds = (Date.now() - calmStarted) / 1000;
    expect(calm.map((s) => s.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(calmSeconds).toBeLessThan(STORM_MS / 1000);
    // Full speed: each calm scan about as fast as the same tenant's scan before any fault, and never throttled.
    for (const [i, scan] of calm.entries()) {
      const [during, before] = await Promise.all([figures(f, scan.id), figures(f, baseline.get(others[i])?.id as string)]);
      expect(during).toMatchObject({ throttled: 0, give_ups: 0 });
      expect(during.seconds).toBeLessThan(3 * before.seconds + 5);
    }
    const remaining = STORM_MS - (Date.now() - calmStarted);
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
    await Promise.all(storm.map((fault) => f.control.removeFault(fault.faultId)));
    const stormedScan = await finishedScan(f, stormedScanId, 120000);
    expect(stormedScan.status).toBe('SUCCEEDED');
    expect(outcome(stormedScan)).toEqual(outcome(baseline.get(stormed) as FaultScan));
    // Throttling was waited out, not failed on: every wait counted, no read given up.
    const stormFigures = await figures(f, stormedScanId);
    expect(stormFigures.give_ups).toBe(0);
    expect(stormFigures.throttled).toBeGreaterThanOrEqual(STORM_MS / 1000 / 2);
    expect(stormFigures.seconds).toBeGreaterThanOrEqual(STORM_MS / 1000);
    console.log(`throttle storm of ${STORM_MS / 1000} s: calm scans done in ${calmSeconds.toFixed(1)} s; stormed scan ${JSON.stringify(stormFigures)}`);
  }, STORM_TEST_TIMEOUT_MS);
});
