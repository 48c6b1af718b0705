import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { createApiKey, EmulatorControlClient, freePort, graphqlRequest, startStack, startTestBackbone, waitFor, workspaceRoot } from '@trueconfig/launcher';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const CONNECT = `mutation C($input: ConnectTenantInput!) { connectTenant(input: $input) { tenant { id } } }`;
const START = `mutation S($tenantId: ID!) { startScan(tenantId: $tenantId) { id } }`;
const SCAN = `query Q($id: ID!) { scan(id: $id) { status } }`;

export interface TenantThroughput {
  scannerReplicas: number;
  tenants: number;
  usersPerTenant: number;
  seconds: number;
  tenantsPerMinute: number;
  succeeded: number;
}

/**
 * The whole built stack at Graph's real limits (throttle scale 1): `tenants` tenants of `users` users
 * connected over GraphQL, every scan started at once, timed until the last one ends.
 */
export async function tenantThroughput(scannerReplicas: number, tenants: number, users: number): Promise<TenantThroughput> {
  const backbone = await startTestBackbone({ databasePrefix: 'tc_bench' });
  const stateDir = join(workspaceRoot(), 'tmp', `bench-emulator-${randomBytes(4).toString('hex')}`);
  backbone.stoppables.defer(() => rmSync(stateDir, { recursive: true, force: true }));
  try {
    const ports = { emulator: await freePort(), gateway: await freePort(), connector: await freePort(), scanner: await freePort(), audit: await freePort() };
    const stack = await startStack({ databaseUrl: backbone.db.url, natsUrl: backbone.nats.url, ports, stateDir, logLevel: 'warn', replicas: { scanner: scannerReplicas } });
    backbone.stoppables.add(stack, (s) => s.stop());
    const control = new EmulatorControlClient(stack.emulator.baseUrl, stack.emulator.caCertPath);
    const apiKey = await createApiKey({ ...stack.env, DATABASE_URL: backbone.db.url }, 'bench-org', 'admin');
    const gql = async <T>(query: string, variables: Record<string, unknown>) => {
      const answer = await graphqlRequest<T>(stack.gatewayUrl, query, variables, apiKey);
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    };
    const tenantIds = await Promise.all(Array.from({ length: tenants }, async (_, i) => {
      const tenant = await control.createTenant({ displayName: `Bench ${i}`, licence: 'p2', generate: { users, seed: i + 1 } });
      const app = await control.createApp(tenant.tenantId, { permissions: REQUIRED_PERMISSIONS.map((p) => p.name) });
      const input = { displayName: `Bench ${i}`, directoryTenantId: tenant.tenantId, clientId: app.clientId, clientSecret: app.clientSecret };
      return (await gql<{ connectTenant: { tenant: { id: string } } }>(CONNECT, { input })).connectTenant.tenant.id;
    }));
    const started = Date.now();
    const scanIds = await Promise.all(tenantIds.map(async (tenantId) => (await gql<{ startScan: { id: string } }>(START, { tenantId })).startScan.id));
    let statuses: string[] = [];
    await waitFor('every bench scan to finish', async () => {
      statuses = await Promise.all(scanIds.map(async (id) => (await gql<{ scan: { status: string } }>(SCAN, { id })).scan.status));
      return statuses.every((s) => !['QUEUED', 'RUNNING'].includes(s));
    }, 600000, { everyMs: 250 });
    const seconds = (Date.now() - started) / 1000;
    const succeeded = statuses.filter((s) => s === 'SUCCEEDED').length;
    return { scannerReplicas, tenants, usersPerTenant: users, seconds, tenantsPerMinute: (tenants / seconds) * 60, succeeded };
  } finally {
    await backbone.stop();
  }
}
