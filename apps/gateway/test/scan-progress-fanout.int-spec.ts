import { ScanProgressEvent, scanProgressSubject, ScanStatus, Subject } from '@trueconfig/common';
import { freePort, ManagedProcess, startServiceProcess, waitFor } from '@trueconfig/launcher';
import { JetStreamClient, StringCodec } from 'nats';
import { GatewayHarness, HARNESS_LIMITS, startGatewayHarness } from './support/gateway-harness';
import { subscribe, SubscriptionRun, wsClient } from './support/graphql-clients';

const PROGRESS = `subscription Progress($scanId: ID, $tenantId: ID) {
  scanProgress(scanId: $scanId, tenantId: $tenantId) { eventId percent status }
}`;
const codec = StringCodec();

/** Two gateway replicas on one NATS: each reads the progress stream with its own consumer. */
describe('scanProgress across gateway replicas', () => {
  let harness: GatewayHarness;
  let second: ManagedProcess;
  let secondUrl = '';
  let js: JetStreamClient;

  beforeAll(async () => {
    harness = await startGatewayHarness(1000);
    const port = await freePort();
    second = await startServiceProcess({ service: 'gateway', port, env: { ...harness.env, ...HARNESS_LIMITS, LOG_LEVEL: 'info' }, name: 'gateway-2' });
    secondUrl = `ws://127.0.0.1:${port}/graphql`;
    js = harness.nc.jetstream();
  });

  afterAll(async () => {
    await second?.stop();
    await harness?.stop();
  });

  it('delivers every event once to the subscribers of both replicas, a repeated event id included, and completes scan subscriptions after the final one', async () => {
    const connected = await harness.graphql<{ connectTenant: { tenant: { id: string } } }>(harness.keys.adminA, CONNECT, { input: TENANT_INPUT });
    const tenantId = connected.data?.connectTenant.tenant.id as string;
    const started = await harness.graphql<{ startScan: { id: string } }>(harness.keys.operatorA, 'mutation($t: ID!) { startScan(tenantId: $t) { id } }', { t: tenantId });
    const scanId = started.data?.startScan.id as string;
    const [getScans, getTenants] = [harness.backend.count(Subject.GetScan), harness.backend.count(Subject.GetTenant)];
    const onSecond = wsClient(secondUrl, harness.keys.viewerA);
    // By scan, by tenant on the first replica; the same on the second.
    const runs: SubscriptionRun[] = [harness.socket(harness.keys.viewerA), onSecond].flatMap((client) => [
      subscribe(client, PROGRESS, { scanId }),
      subscribe(client, PROGRESS, { tenantId }),
    ]);
    await waitFor('scan subscriptions authorised', async () => harness.backend.count(Subject.GetScan) >= getScans + 2, 5000);
    await waitFor('tenant subscriptions authorised', async () => harness.backend.count(Subject.GetTenant) >= getTenants + 2, 5000);

    const orgId = (harness.backend.scans.get(scanId) as { orgId: string }).orgId;
    const event = (id: string, percent: number, status = ScanStatus.RUNNING): ScanProgressEvent => ({
      id, orgId, scanId, tenantId, phase: 'collecting', percent, message: `${percent}%`, status, at: new Date().toISOString(),
    });
    const subject = scanProgressSubject(tenantId, scanId);
    await js.publish(subject, codec.encode(JSON.stringify(event('e-10', 10))), { msgID: 'e-10' });
    await js.publish(subject, codec.encode(JSON.stringify(event('e-60', 60))), { msgID: 'e-60' });
    // A retried publish within the duplicate window is stored once; one stored twice (no message id) is relayed once.
    await js.publish(subject, codec.encode(JSON.stringify(event('e-60', 60))), { msgID: 'e-60' });
    harness.nc.publish(subject, codec.encode(JSON.stringify(event('e-60', 60))));
    await js.publish(subject, codec.encode(JSON.stringify(event('e-final', 100, ScanStatus.SUCCEEDED))), { msgID: 'e-final' });

    await Promise.all([runs[0], runs[2]].map((run) => run.ended));
    await waitFor('the final event on the tenant subscriptions', async () => [runs[1], runs[3]].every((run) => run.results.length >= 3), 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const run of runs) {
      expect(run.results.map((r) => r.data?.scanProgress)).toEqual([
        { eventId: 'e-10', percent: 10, status: 'RUNNING' },
        { eventId: 'e-60', percent: 60, status: 'RUNNING' },
        { eventId: 'e-final', percent: 100, status: 'SUCCEEDED' },
      ]);
    }
    expect(await runs[0].ended).toEqual({ completed: true });
    runs.forEach((run) => run.stop());
    await onSecond.dispose();
  });
});

const CONNECT = `mutation Connect($input: ConnectTenantInput!) { connectTenant(input: $input) { tenant { id } } }`;
const TENANT_INPUT = {
  displayName: 'Fan-out',
  directoryTenantId: '8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d',
  clientId: '0b5c2a77-9d1e-4f3a-8c6b-5e4d3c2b1a09',
  clientSecret: 'Zq8~correct-secret-value-never-echoed',
};
