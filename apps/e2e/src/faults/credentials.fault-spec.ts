import { waitFor } from '@trueconfig/launcher';
import { START_SCAN } from '../support/documents';
import { auditCodes, connectedTenant, FaultScan, finishedScan, query, resultRows, startScan, watchProgress } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';

/** Just above the scanner's 2-minute renewal margin: the scanner renews the token every Graph call after the first ~2 s. */
const SHORT_TOKEN = { tokenLifetimeSeconds: 122 };
type ScanRow = { status: string; error: { code: string; message: string; details?: Record<string, unknown>; remediation?: string[] } | null };

/** Token expiry, the connector gone at token time, and a secret rotated away, each in the middle of a scan. */
describe('fault: tokens, connector and secrets mid-scan', () => {
  let f: FaultStack;
  let catalogSize = 0;

  beforeAll(async () => {
    f = await startFaultStack();
    const tenant = await connectedTenant(f, 60, 10);
    catalogSize = (await finishedScan(f, await startScan(f, tenant.id))).results.length;
  });

  afterAll(() => f?.stop());

  afterEach(async () => {
    for (const connector of f.replicasOf('connector').filter((r) => !r.process.running)) await f.restart(connector);
  });

  async function killConnector(): Promise<void> {
    const [connector] = f.replicasOf('connector');
    connector.process.signal('SIGKILL');
    await connector.process.exited;
  }

  /** Graph slowed so that the scan is still running when the fault strikes; `clear()` lifts the slowdown. */
  async function slowScan(tenantId: string) {
    const progress = watchProgress(f, tenantId);
    const faults = await Promise.all(['/v1.0/*', '/beta/*'].map((pathPattern) => f.control.addFault({ pathPattern, latencyMs: 300 })));
    const scanId = await startScan(f, tenantId);
    // A dataset read: the scan holds its token by then.
    const reading = (l: string) => l.includes(scanId) && l.includes('"msg":"read ');
    await waitFor('the scan to read Graph', async () => f.replicasOf('scanner').some((r) => r.process.lines.some(reading)), 20000, { everyMs: 50 });
    const finish = async (): Promise<FaultScan> => {
      await Promise.all(faults.map((fault) => f.control.removeFault(fault.faultId)));
      const scan = await finishedScan(f, scanId);
      await waitFor('the final progress event', async () => progress.finals(scanId) > 0, 10000);
      expect(progress.finals(scanId)).toBe(1);
      await progress.close();
      return scan;
    };
    return { scanId, finish };
  }

  const scanRow = async (scanId: string) => (await query<ScanRow>(f, 'SELECT status, error FROM scanner.scans WHERE id = $1', [scanId]))[0];
  const graphStatuses = async () => (await f.control.stats()).requests.filter((r) => !r.path.includes('oauth2') && !r.path.startsWith('/_emulator'));

  it('renews tokens that expire during a long scan: complete results, Graph never answers 401', async () => {
    const tenant = await connectedTenant(f, 60, 11, SHORT_TOKEN);
    await f.control.resetStats();
    const run = await slowScan(tenant.id);
    const scan = await run.finish();
    expect(scan.status).toBe('SUCCEEDED');
    expect((await resultRows(f, run.scanId)).total).toBe(catalogSize);
    const tokenRequests = (await f.control.stats()).requests.filter((r) => r.path.includes('oauth2')).reduce((sum, r) => sum + r.count, 0);
    expect(tokenRequests).toBeGreaterThan(1);
    expect((await graphStatuses()).filter((r) => r.status === 401)).toEqual([]);
  });

  it('connector down when a token must be renewed: the scan fails clearly with SERVICE_UNAVAILABLE and stores nothing', async () => {
    const tenant = await connectedTenant(f, 60, 12, SHORT_TOKEN);
    const run = await slowScan(tenant.id);
    await killConnector();
    // Slow Graph a while longer: the token (2 s of use before renewal) must be renewed while the connector is gone.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const scan = await run.finish();
    expect(scan.status).toBe('FAILED');
    const row = await scanRow(run.scanId);
    expect(row.error?.code).toBe('SERVICE_UNAVAILABLE');
    expect(row.error?.message).toBe('The connector service is not available.');
    expect((await resultRows(f, run.scanId)).total).toBe(0);
    expect((await auditCodes(f, run.scanId)).filter((c) => c === 'SCAN_FINISHED')).toHaveLength(1);
  });

  it('connector down mid-scan with a token still valid: the scan finishes; a new scan is refused at once with SERVICE_UNAVAILABLE', async () => {
    const tenant = await connectedTenant(f, 60, 13);
    const run = await slowScan(tenant.id);
    await killConnector();
    const scan = await run.finish();
    expect(scan.status).toBe('SUCCEEDED');
    expect((await resultRows(f, run.scanId)).total).toBe(catalogSize);
    const refused = await f.gql(START_SCAN, { tenantId: tenant.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const scans = await query(f, 'SELECT id FROM scanner.scans WHERE tenant_id = $1', [tenant.id]);
    expect(scans).toHaveLength(1);
  });

  it('secret rotated away mid-scan, short tokens: FAILED with INVALID_CREDENTIALS and the remediation, logged', async () => {
    const tenant = await connectedTenant(f, 60, 14, SHORT_TOKEN);
    const run = await slowScan(tenant.id);
    await f.control.updateApp(tenant.directoryTenantId, tenant.clientId, { rotateSecret: true, removePreviousSecrets: true });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const scan = await run.finish();
    expect(scan.status).toBe('FAILED');
    const row = await scanRow(run.scanId);
    expect(row.error?.code).toBe('INVALID_CREDENTIALS');
    expect(row.error?.details?.entraErrorCode).toBe('7000215');
    expect(row.error?.remediation?.[0]).toBe('Step 1: Verify App Registration');
    const logged = f.replicasOf('scanner')[0].process.lines.filter((l) => l.includes(run.scanId) && l.includes('"errorCode":"INVALID_CREDENTIALS"'));
    expect(logged.length).toBeGreaterThan(0);
    expect((await auditCodes(f, run.scanId)).filter((c) => c === 'SCAN_FINISHED')).toHaveLength(1);
  });

  it('secret rotated away mid-scan, hour-long token: the scan finishes with the token it holds', async () => {
    const tenant = await connectedTenant(f, 60, 15);
    const run = await slowScan(tenant.id);
    await f.control.updateApp(tenant.directoryTenantId, tenant.clientId, { rotateSecret: true, removePreviousSecrets: true });
    const scan = await run.finish();
    expect(scan.status).toBe('SUCCEEDED');
    expect((await resultRows(f, run.scanId)).total).toBe(catalogSize);
  });
});
