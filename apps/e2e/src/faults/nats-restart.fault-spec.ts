import { PrivateNats, startPrivateNats, waitFor } from '@trueconfig/launcher';
import { SCAN } from '../support/documents';
import { auditCodes, connectedTenant, finishedScan, resultRows, startScan, watchProgress } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';

const REQUEST_TIMEOUT_MS = 3000;

/** The NATS server restarted mid-scan on the same port and store: services reconnect by themselves. */
describe('fault: NATS restarted mid-scan', () => {
  let nats: PrivateNats;
  let f: FaultStack;
  let tenantId = '';
  let catalogSize = 0;

  beforeAll(async () => {
    nats = await startPrivateNats();
    f = await startFaultStack({ natsUrl: nats.url, serviceEnv: { NATS_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } });
    tenantId = (await connectedTenant(f)).id;
    catalogSize = (await finishedScan(f, await startScan(f, tenantId))).results.length;
  });

  afterAll(async () => {
    await f?.stop();
    await nats?.process.stop();
  });

  it('answers SERVICE_UNAVAILABLE within the request timeout while NATS is down; the scan then completes once', async () => {
    const progress = watchProgress(f, tenantId);
    const faults = await Promise.all(['/v1.0/*', '/beta/*'].map((pathPattern) => f.control.addFault({ pathPattern, latencyMs: 300 })));
    const scanId = await startScan(f, tenantId);
    const reading = (l: string) => l.includes(scanId) && l.includes('"msg":"read ');
    await waitFor('the scan to read Graph', async () => f.replicasOf('scanner').some((r) => r.process.lines.some(reading)), 20000, { everyMs: 50 });

    await nats.process.stop();
    const asked = Date.now();
    const answer = await f.gql<{ scan: { status: string } }>(SCAN, { id: scanId });
    expect(Date.now() - asked).toBeLessThan(REQUEST_TIMEOUT_MS + 2000);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    nats = await startPrivateNats({ port: nats.port, storeDir: nats.storeDir });
    await Promise.all(faults.map((fault) => f.control.removeFault(fault.faultId)));
    const scan = await finishedScan(f, scanId, 60000);
    expect(scan.status).toBe('SUCCEEDED');
    expect((await resultRows(f, scanId)).total).toBe(catalogSize);
    expect((await auditCodes(f, scanId)).filter((c) => c === 'SCAN_FINISHED')).toHaveLength(1);
    // Progress rides core NATS (best effort): a final event published while the server restarts may be
    // lost (known limitation, see the report), but never doubled; the scan's state above is the truth.
    expect(progress.finals(scanId)).toBeLessThanOrEqual(1);
    await progress.close();

    // Every service came back without a restart of its own: a whole new scan runs end to end.
    const next = await finishedScan(f, await startScan(f, tenantId));
    expect(next.status).toBe('SUCCEEDED');
    expect(f.stack.replicas.every((r) => r.process.running)).toBe(true);
  });
});
