import { freePort, ManagedProcess, startServiceProcess, waitFor } from '@trueconfig/launcher';
import { Client } from 'graphql-ws';
import { env, gql } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, emulatorTenant, startScan } from '../support/scan-helpers';
import { emulator } from '../support/e2e-client';
import { codesOf, follow, newKey, wsClient } from './gateway-helpers';

type Progress = { scanProgress: { scanId: string; percent: number; status: string } };
type LogLine = { auditLogAdded: { code: string; scanId: string | null } };

/** A second gateway process on the stack's NATS and database, with tight limits and production errors. */
describe('a second gateway replica', () => {
  let replica: ManagedProcess;
  let replicaUrl: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    const port = await freePort();
    replica = await startServiceProcess({
      service: 'gateway',
      name: 'gateway-2',
      port,
      env: {
        ...process.env, DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production',
        GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_COMPLEXITY: '300', RATE_LIMIT_BURST: '8', RATE_LIMIT_PER_MINUTE: '6', GRAPHQL_MAX_BODY: '10kb',
      },
    });
    replicaUrl = `http://127.0.0.1:${port}/graphql`;
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await replica?.stop();
  });

  const post = (key: string | null, body: string) =>
    fetch(replicaUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body });
  const ask = async (key: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await post(key, JSON.stringify({ query, variables }));
    return { status: response.status, headers: response.headers, ...((await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) };
  };

  it("delivers a scan started through the first replica to subscribers of the second: progress to the end, and the log lines", async () => {
    const tenant = await emulatorTenant(30);
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const tenantId = (await connect(tenant.tenantId, app)).data!.connectTenant.tenant.id;
    const client = wsClient(env.viewerKey, replicaUrl);
    clients.push(client);
    const progress = follow<Progress>(client, 'subscription($t: ID) { scanProgress(tenantId: $t) { scanId percent status } }', { t: tenantId });
    const lines = follow<LogLine>(client, 'subscription($t: ID) { auditLogAdded(tenantId: $t) { code scanId } }', { t: tenantId });
    await new Promise((resolve) => setTimeout(resolve, 500));

    const scanId = await startScan(tenantId);
    await waitFor('the final progress event on the second replica', async () => progress.events.some((e) => e.scanProgress.percent === 100), 60000);
    await waitFor('the scan log lines on the second replica', async () => lines.events.some((e) => e.auditLogAdded.code === 'SCAN_FINISHED'), 20000);
    expect(progress.errors).toEqual([]);
    expect(progress.events.every((e) => e.scanProgress.scanId === scanId)).toBe(true);
    expect(lines.events.map((e) => e.auditLogAdded)).toEqual(expect.arrayContaining([{ code: 'SCAN_STARTED', scanId }, { code: 'SCAN_FINISHED', scanId }]));

    const late = follow<Progress>(client, 'subscription($s: ID) { scanProgress(scanId: $s) { scanId percent status } }', { s: scanId });
    await late.ended;
    expect(late.events).toEqual([{ scanProgress: expect.objectContaining({ scanId, percent: 100 }) }]);
    progress.stop();
    lines.stop();
  });

  it('answers each limit with its code: depth, complexity, body size, rate', async () => {
    const { key } = await newKey('VIEWER');
    const deep = await ask(key, '{ tenants { edges { node { latestScan { results { controlId } } } } } }');
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { limit: 'depth', maximum: 5 } });
    const costly = await ask(key, '{ tenants(first: 100) { edges { node { id displayName status } } } }');
    expect(costly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { limit: 'complexity', maximum: 300 } });
    expect((await post(key, JSON.stringify({ query: `{ requiredPermissions { name } }${' '.repeat(20_000)}` }))).status).toBe(413);

    const answers = await Promise.all(Array.from({ length: 12 }, () => ask(key, '{ requiredPermissions { name } }')));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(4);
    expect(limited[0].errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const other = await newKey('VIEWER');
    expect((await ask(other.key, '{ requiredPermissions { name } }')).errors).toBeUndefined();
  });

  it('keeps introspection off in production and refuses a subscription without a key', async () => {
    const { key } = await newKey('VIEWER');
    const introspection = await ask(key, '{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = wsClient('', replicaUrl);
    clients.push(anonymous);
    const run = follow(anonymous, 'subscription { auditLogAdded { id } }', {});
    await run.ended;
    expect(codesOf(run.errors)).toEqual(['UNAUTHENTICATED']);
    expect(await gql('{ requiredPermissions { name } }')).not.toHaveProperty('errors');
  });
});
