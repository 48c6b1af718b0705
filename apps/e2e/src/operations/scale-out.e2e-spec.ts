import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import {
  collectSubscription,
  createApiKey,
  EmulatorControlClient,
  freePort,
  graphqlRequest,
  graphqlWsClient,
  parsePrometheusText,
  RunningStack,
  samplesOf,
  ServiceReplica,
  startStack,
  startTestBackbone,
  TestBackbone,
  waitFor,
  workspaceRoot,
} from '@trueconfig/launcher';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CONNECT_TENANT, SCAN, SCAN_PROGRESS, START_SCAN } from '../support/documents';

const TENANTS = 6;
const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
type Progress = { scanProgress: { scanId: string; tenantId: string; phase: string; percent: number; message: string; status: string } };

/** Operators scale any service: two replicas of each, on one machine, sharing the work. */
describe('two replicas of every service', () => {
  let backbone: TestBackbone;
  let stack: RunningStack;
  let control: EmulatorControlClient;
  let apiKey: string;
  const replicasOf = (service: string): ServiceReplica[] => stack.replicas.filter((r) => r.service === service);
  const gql = <T>(url: string, query: string, variables: Record<string, unknown>) => graphqlRequest<T>(url, query, variables, apiKey);

  beforeAll(async () => {
    backbone = await startTestBackbone({ databasePrefix: 'tc_e2e_scale' });
    const stateDir = join(workspaceRoot(), 'tmp', `e2e-scale-${randomBytes(3).toString('hex')}`);
    backbone.stoppables.defer(() => rmSync(stateDir, { recursive: true, force: true }));
    const ports = { emulator: await freePort(), gateway: await freePort(), connector: await freePort(), scanner: await freePort(), audit: await freePort() };
    stack = await startStack({
      databaseUrl: backbone.db.url,
      natsUrl: backbone.nats.url,
      ports,
      stateDir,
      logLevel: 'warn',
      replicas: { gateway: 2, connector: 2, scanner: 2, audit: 2 },
    });
    backbone.stoppables.add(stack, (s) => s.stop());
    control = new EmulatorControlClient(stack.emulator.baseUrl, stack.emulator.caCertPath);
    apiKey = await createApiKey({ ...stack.env, DATABASE_URL: backbone.db.url }, 'scale-org', 'admin');
  });

  afterAll(() => backbone?.stop());

  it('spreads scans across the scanner replicas and delivers each subscriber every final event once', async () => {
    const gateways = replicasOf('gateway').map((r) => `${r.baseUrl}/graphql`);
    expect(gateways).toHaveLength(2);
    // Slow Graph a little so every scanner lane is busy at once and no replica can take all the work.
    await control.addFault({ pathPattern: '/v1.0/*', latencyMs: 300 });
    const tenantIds = await Promise.all(
      Array.from({ length: TENANTS }, async (_, i) => {
        const tenant = await control.createTenant({ displayName: `Scale ${i}`, licence: 'p2', generate: { users: 20, seed: i + 1 } });
        const app = await control.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
        const input = { displayName: `Scale ${i}`, directoryTenantId: tenant.tenantId, clientId: app.clientId, clientSecret: app.clientSecret };
        const connected = await gql<{ connectTenant: { tenant: { id: string } } }>(gateways[i % 2], CONNECT_TENANT, { input });
        if (!connected.data?.connectTenant) throw new Error(JSON.stringify(connected.errors));
        return connected.data.connectTenant.tenant.id;
      }),
    );

    // Each tenant is watched through the other gateway than the one that starts its scan.
    const clients = gateways.map((url) => graphqlWsClient(url, apiKey));
    const watched = tenantIds.map((tenantId, i) => {
      const events: Progress['scanProgress'][] = [];
      const subscription = collectSubscription<Progress>(clients[(i + 1) % 2], SCAN_PROGRESS, { tenantId }, (e) => e.data && events.push(e.data.scanProgress));
      return { events, subscription };
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const scanIds = await Promise.all(
      tenantIds.map(async (tenantId, i) => {
        const started = await gql<{ startScan: { id: string } }>(gateways[i % 2], START_SCAN, { tenantId });
        if (!started.data?.startScan) throw new Error(JSON.stringify(started.errors));
        return started.data.startScan.id;
      }),
    );
    await waitFor('every scan to finish', async () => {
      const statuses = await Promise.all(scanIds.map(async (id) => (await gql<{ scan: { status: string } }>(gateways[0], SCAN, { id })).data?.scan.status));
      return statuses.every((s) => s !== undefined && !['QUEUED', 'RUNNING'].includes(s));
    }, 120000, { everyMs: 500 });
    await control.clearFaults();

    await waitFor('final progress events', async () => watched.every((w) => w.events.some((e) => e.percent === 100)), 10000);
    watched.forEach((w) => w.subscription.cancel());
    await Promise.all(clients.map((c) => c.dispose()));
    for (const [i, w] of watched.entries()) {
      expect(w.events.filter((e) => e.scanId === scanIds[i] && e.percent === 100)).toHaveLength(1);
      expect(new Set(w.events.map((e) => JSON.stringify(e))).size).toBe(w.events.length);
    }

    // Each scan asks the connector for tokens from the replica that runs it: the work shows in each scanner's metrics.
    const tokenRequests = await Promise.all(replicasOf('scanner').map(tokenRequestsOf));
    expect(tokenRequests.every((count) => count > 0)).toBe(true);
    const handled = await Promise.all(
      replicasOf('connector').map(async (r) => samplesOf(parsePrometheusText(await (await fetch(`${r.baseUrl}/metrics`)).text()), 'trueconfig_nats_handled_messages_total', { subject: 'connector.token.acquire' }).reduce((sum, s) => sum + s.value, 0)),
    );
    expect(handled.reduce((a, b) => a + b, 0)).toBe(tokenRequests.reduce((a, b) => a + b, 0));
    // Every scan is counted once, on the replica that ran it, with the Graph requests it made.
    const scannerSamples = await Promise.all(replicasOf('scanner').map(async (r) => parsePrometheusText(await (await fetch(`${r.baseUrl}/metrics`)).text())));
    const total = (name: string, labels = {}) => scannerSamples.map((samples) => samplesOf(samples, name, labels).reduce((sum, s) => sum + s.value, 0));
    expect(total('trueconfig_scans_finished_total', { outcome: 'SUCCEEDED' }).reduce((a, b) => a + b, 0)).toBe(scanIds.length);
    expect(total('trueconfig_graph_requests_total').every((count) => count > 0)).toBe(true);
    scanTenantId = tenantIds[0];
  });

  let scanTenantId = '';

  it('finishes a scan on the other scanner when the one running it gets SIGTERM mid-scan', async () => {
    const gateway = `${replicasOf('gateway')[0].baseUrl}/graphql`;
    const scanners = replicasOf('scanner');
    const before = await Promise.all(scanners.map(tokenRequestsOf));
    // Slow enough that the scan outlasts the scanner's own wait for running scans, so it is handed back.
    const faults = await Promise.all(['/v1.0/*', '/beta/*'].map((pathPattern) => control.addFault({ pathPattern, latencyMs: 4000 })));
    const started = await gql<{ startScan: { id: string } }>(gateway, START_SCAN, { tenantId: scanTenantId });
    const scanId = started.data?.startScan.id ?? '';
    let runner = -1;
    await waitFor('a scanner to take the scan', async () => {
      const now = await Promise.all(scanners.map(tokenRequestsOf));
      runner = now.findIndex((count, i) => count > before[i]);
      return runner >= 0;
    }, 30000, { everyMs: 100 });
    const [victim, survivor] = runner === 0 ? scanners : [...scanners].reverse();
    const survivorBefore = await tokenRequestsOf(survivor);

    victim.process.signal('SIGTERM');
    expect(await victim.process.exited).toBe(0);
    await Promise.all(faults.map((f) => control.removeFault(f.faultId)));

    let status: string | undefined;
    await waitFor('the scan to finish elsewhere', async () => {
      status = (await gql<{ scan: { status: string } }>(gateway, SCAN, { id: scanId })).data?.scan.status;
      return status !== undefined && !['QUEUED', 'RUNNING'].includes(status);
    }, 120000, { everyMs: 500 });
    expect(status).toBe('SUCCEEDED');
    expect(await tokenRequestsOf(survivor)).toBeGreaterThan(survivorBefore);
  });
});

async function tokenRequestsOf(replica: ServiceReplica): Promise<number> {
  const samples = parsePrometheusText(await (await fetch(`${replica.baseUrl}/metrics`)).text());
  return samplesOf(samples, 'trueconfig_nats_client_requests_total', { subject: 'connector.token.acquire' }).reduce((sum, s) => sum + s.value, 0);
}
