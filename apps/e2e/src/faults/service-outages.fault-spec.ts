import { auditCodes, connectedTenant, FaultScan, finishedScan, query, resultRows, startScan } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';

/** How long the audit service stays down: the minute (FAULTS_AUDIT_DOWN_SECONDS shortens it while debugging). */
const AUDIT_DOWN_MS = Number(process.env.FAULTS_AUDIT_DOWN_SECONDS ?? 60) * 1000;
/** The outage itself plus the scans, the restart and the catch-up. */
const AUDIT_DOWN_TEST_TIMEOUT_MS = AUDIT_DOWN_MS + 120_000;

/** The audit service down around scans; nothing in the sync log is lost or doubled. */
describe('fault: audit down during scans', () => {
  let f: FaultStack;
  const tenants: string[] = [];
  const baseline = new Map<string, { scan: FaultScan; codes: string[] }>();

  beforeAll(async () => {
    f = await startFaultStack();
    for (const seed of [1, 2]) tenants.push((await connectedTenant(f, 60, seed)).id);
    for (const tenantId of tenants) {
      const scan = await finishedScan(f, await startScan(f, tenantId));
      baseline.set(tenantId, { scan, codes: await auditCodes(f, scan.id) });
    }
  });

  afterAll(() => f?.stop());

  it('audit down: scans finish, and once it is back every sync-log line arrives exactly once', async () => {
    const [audit] = f.replicasOf('audit');
    audit.process.signal('SIGKILL');
    await audit.process.exited;
    const downSince = Date.now();
    const scanIds = await Promise.all(tenants.map((tenantId) => startScan(f, tenantId)));
    const scans = await Promise.all(scanIds.map((id) => finishedScan(f, id)));
    expect(scans.map((s) => s.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, AUDIT_DOWN_MS - (Date.now() - downSince))));
    await f.restart(audit);
    for (const [i, scan] of scans.entries()) {
      const codes = await auditCodes(f, scan.id);
      expect(codes).toEqual(baseline.get(tenants[i])?.codes);
      const ids = await query<{ id: string }>(f, 'SELECT id FROM audit.audit_logs WHERE scan_id = $1', [scan.id]);
      expect(new Set(ids.map((r) => r.id)).size).toBe(codes.length);
      const rows = await resultRows(f, scan.id);
      expect(rows.total).toBe(baseline.get(tenants[i])?.scan.results.length);
    }
  }, AUDIT_DOWN_TEST_TIMEOUT_MS);
});
