import { PrivateNats, startPrivateNats, waitFor } from '@trueconfig/launcher';
import { SCAN } from '../support/documents';
import { auditCodes, connectedTenant, finishedScan, query, resultRows, startScan } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';
import { ProgressWatch, watchProgressOn } from './support/progress-watch';

const REQUEST_TIMEOUT_MS = 3000;
const USERS = 60;

/** The NATS server restarted mid-scan on the same port and store: services reconnect by themselves. */
describe('fault: NATS restarted mid-scan', () => {
  let nats: PrivateNats;
  let f: FaultStack;
  let tenantId = '';
  let catalogSize = 0;

  beforeAll(async () => {
    nats = await startPrivateNats();
    f = await startFaultStack({ natsUrl: nats.url, replicas: { gateway: 2 }, serviceEnv: { NATS_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } });
    tenantId = (await connectedTenant(f, USERS)).id;
    catalogSize = (await finishedScan(f, await startScan(f, tenantId))).results.length;
  });

  afterAll(async () => {
    await f?.stop();
    await nats?.process.stop();
  });

  it('answers SERVICE_UNAVAILABLE while NATS is down; the scan completes once and its final event, published during the outage, reaches every subscriber of both gateways once', async () => {
    const gateways = f.replicasOf('gateway').map((replica) => `${replica.baseUrl}/graphql`);
    expect(gateways).toHaveLength(2);
    const faults = await Promise.all(['/v1.0/*', '/beta/*'].map((pathPattern) => f.control.addFault({ pathPattern, latencyMs: 300 })));
    const scanId = await startScan(f, tenantId);
    const watches: ProgressWatch[] = gateways.flatMap((url) => [watchProgressOn(url, f.apiKey, { tenantId }), watchProgressOn(url, f.apiKey, { scanId })]);
    await waitFor('every subscriber to receive progress', async () => watches.every((w) => w.of(scanId).length > 0), 20000, { everyMs: 50 });

    await nats.process.stop();
    const asked = Date.now();
    const answer = await f.gql<{ scan: { status: string } }>(SCAN, { id: scanId });
    expect(Date.now() - asked).toBeLessThan(REQUEST_TIMEOUT_MS + 2000);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    // Graph speeds up while NATS is still down: the scan ends and its final event waits for NATS.
    await Promise.all(faults.map((fault) => f.control.removeFault(fault.faultId)));
    await waitFor('the scan row to end while NATS is down', async () => (await scanStatus(f, scanId)) !== 'RUNNING', 60000, { everyMs: 250 });
    const retrying = (line: string) => line.includes(scanId) && line.includes('final scan progress event not stored yet');
    await waitFor('the final event to be retried', async () => f.replicasOf('scanner').some((r) => r.process.lines.some(retrying)), 20000, { everyMs: 100 });
    nats = await startPrivateNats({ port: nats.port, storeDir: nats.storeDir });

    const scan = await finishedScan(f, scanId, 60000);
    expect(scan.status).toBe('SUCCEEDED');
    expect((await resultRows(f, scanId)).total).toBe(catalogSize);
    expect((await auditCodes(f, scanId)).filter((c) => c === 'SCAN_FINISHED')).toHaveLength(1);
    const [, scanWatch] = watches;
    await waitFor('the scan subscriptions to complete', async () => watches.filter((_, i) => i % 2 === 1).every((w) => w.completed()), 30000);
    await waitFor('the final event on the tenant subscriptions', async () => watches.every((w) => w.finals(scanId).length > 0), 30000);
    // Give a duplicate, were there one, the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const finalId = scanWatch.finals(scanId)[0].eventId;
    expect(finalId).toEqual(expect.any(String));
    for (const watch of watches) {
      expect(watch.finals(scanId)).toEqual([expect.objectContaining({ eventId: finalId, status: 'SUCCEEDED', percent: 100 })]);
      const ids = watch.of(scanId).map((e) => e.eventId);
      expect(new Set(ids).size).toBe(ids.length);
    }
    await Promise.all(watches.map((w) => w.close()));

    // Every service came back without a restart of its own: a whole new scan runs end to end.
    const next = await finishedScan(f, await startScan(f, tenantId));
    expect(next.status).toBe('SUCCEEDED');
    expect(f.stack.replicas.every((r) => r.process.running)).toBe(true);
  });

  it('reports rows against Graph’s $count where Graph gives one, and delivers each event once to each gateway’s subscriber', async () => {
    const gateways = f.replicasOf('gateway').map((replica) => `${replica.baseUrl}/graphql`);
    const watches = gateways.map((url) => watchProgressOn(url, f.apiKey, { tenantId }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const scanId = await startScan(f, tenantId);
    await finishedScan(f, scanId);
    await waitFor('the final event on both gateways', async () => watches.every((w) => w.finals(scanId).length > 0), 30000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [first, second] = watches.map((w) => w.of(scanId).map((e) => e.eventId));
    expect(new Set(first).size).toBe(first.length);
    expect(second).toEqual(first);
    const lastPage = (dataset: string) => watches[0].of(scanId).filter((e) => e.dataset === dataset && e.rowsRead !== null).at(-1);
    expect(lastPage('beta/reports/authenticationMethods/userRegistrationDetails')).toMatchObject({ rowsRead: USERS, expectedRows: USERS, datasetPercent: 100 });
    // Users come through users/delta once replicated, which gives no count: no percent is invented then.
    const users = lastPage('v1.0/users');
    expect(users).toMatchObject({ rowsRead: USERS, datasetPercent: users?.expectedRows === null ? null : 100 });
    await Promise.all(watches.map((w) => w.close()));
  });
});

async function scanStatus(f: FaultStack, scanId: string): Promise<string | undefined> {
  return (await query<{ status: string }>(f, 'SELECT status FROM scanner.scans WHERE id = $1', [scanId]))[0]?.status;
}
