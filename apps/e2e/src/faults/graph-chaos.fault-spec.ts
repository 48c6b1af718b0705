import { connectedTenant, FaultScan, finishedScan, resultRows, startScan } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';

/** The throttle storm's length; the real-length variant is FAULTS_STORM_SECONDS=600. */
const STORM_MS = Number(process.env.FAULTS_STORM_SECONDS ?? 6) * 1000;
const GRAPH_PATHS = ['/v1.0/*', '/beta/*'];
const outcome = (scan: FaultScan) => scan.results.map((r) => `${r.controlId}:${r.status}`).sort();

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
    const remaining = STORM_MS - (Date.now() - calmStarted);
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
    await Promise.all(storm.map((fault) => f.control.removeFault(fault.faultId)));
    const stormedScan = await finishedScan(f, stormedScanId, 120000);
    expect(stormedScan.status).toBe('SUCCEEDED');
    expect(outcome(stormedScan)).toEqual(outcome(baseline.get(stormed) as FaultScan));
  });
});
