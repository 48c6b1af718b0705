import { httpOk, PrivatePostgres, startPrivatePostgres, waitFor } from '@trueconfig/launcher';
import { START_SCAN } from '../support/documents';
import { auditCodes, connectedTenant, finishedScan, resultRows, startScan } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';

/** A private Postgres cluster (never the machine's) stopped and started under the running services. */
describe('fault: Postgres restarted', () => {
  let pg: PrivatePostgres;
  let f: FaultStack;
  let tenantId = '';
  let catalogSize = 0;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    f = await startFaultStack({ databaseUrl: pg.url.replace(/\/postgres$/, '/trueconfig') });
    tenantId = (await connectedTenant(f)).id;
    catalogSize = (await finishedScan(f, await startScan(f, tenantId))).results.length;
  });

  afterAll(async () => {
    await f?.stop();
    await pg?.destroy();
  });

  const allReady = async () => (await Promise.all(f.stack.replicas.map((r) => httpOk(`${r.baseUrl}/readyz`).catch(() => false)))).every(Boolean);

  it('while it is down: SERVICE_UNAVAILABLE, not ready; once back every service is ready again without a restart', async () => {
    await pg.stop();
    const refused = await f.gql(START_SCAN, { tenantId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(await allReady()).toBe(false);
    await pg.start();
    await waitFor('every service ready again', allReady, 30000);
    const scan = await finishedScan(f, await startScan(f, tenantId));
    expect(scan.status).toBe('SUCCEEDED');
    expect((await resultRows(f, scan.id)).total).toBe(catalogSize);
    expect(f.stack.replicas.every((r) => r.process.running)).toBe(true);
  });

  it('restarted mid-scan: the scan runs again and completes once, nothing lost or doubled', async () => {
    const faults = await Promise.all(['/v1.0/*', '/beta/*'].map((pathPattern) => f.control.addFault({ pathPattern, latencyMs: 300 })));
    const scanId = await startScan(f, tenantId);
    const reading = (l: string) => l.includes(scanId) && l.includes('"msg":"read ');
    await waitFor('the scan to read Graph', async () => f.replicasOf('scanner').some((r) => r.process.lines.some(reading)), 20000, { everyMs: 50 });
    await pg.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await pg.start();
    await Promise.all(faults.map((fault) => f.control.removeFault(fault.faultId)));
    const scan = await finishedScan(f, scanId, 90000);
    expect(scan.status).toBe('SUCCEEDED');
    const rows = await resultRows(f, scanId);
    expect(rows.total).toBe(catalogSize);
    expect(rows.controls).toHaveLength(catalogSize);
    const codes = await auditCodes(f, scanId);
    expect(codes.filter((c) => c === 'SCAN_STARTED')).toHaveLength(1);
    expect(codes.filter((c) => c === 'SCAN_FINISHED')).toHaveLength(1);
    expect(f.stack.replicas.every((r) => r.process.running)).toBe(true);
  });
});
