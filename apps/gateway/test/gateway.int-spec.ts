import { ErrorCode, ScanProgressEvent, ScanStatus, Subject } from '@trueconfig/common';
import { createApiKeyWithCli, waitFor } from '@trueconfig/launcher';
import { Client as PgClient } from 'pg';
import { WRONG_SECRET } from './support/fake-backend';
import { GatewayHarness, startGatewayHarness } from './support/gateway-harness';
import { subscribe } from './support/graphql-clients';

const REQUEST_TIMEOUT_MS = 1000;
const SECRET = 'Zq8~correct-secret-value-never-echoed';
const CONNECT = `mutation Connect($input: ConnectTenantInput!) {
  connectTenant(input: $input) { tenant { id displayName status secretHint } connectionTest { ok errorCode } }
}`;
const PROGRESS = `subscription Progress($scanId: ID, $tenantId: ID) {
  scanProgress(scanId: $scanId, tenantId: $tenantId) { scanId tenantId phase percent message status }
}`;

describe('gateway (built process, private NATS, real Postgres, services faked over NATS)', () => {
  let harness: GatewayHarness;
  const graphql: GatewayHarness['graphql'] = (key, query, variables) => harness.graphql(key, query, variables);
  const codes = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.map((e) => e.extensions?.code);
  const connectTenant = async (key: string, name: string, clientSecret = SECRET) =>
    graphql<{ connectTenant: { tenant: { id: string } } }>(key, CONNECT, {
      input: { displayName: name, directoryTenantId: '8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d', clientId: '0b5c2a77-9d1e-4f3a-8c6b-5e4d3c2b1a09', clientSecret },
    });

  beforeAll(async () => {
    harness = await startGatewayHarness(REQUEST_TIMEOUT_MS);
  });

  afterAll(() => harness?.stop());

  it('prints each new key alone on the last line and stores only its hash', async () => {
    const { key, stderr } = await createApiKeyWithCli(harness.env, 'org-c', 'viewer');
    expect(key).toMatch(/^tc_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(stderr).toMatch(/Created organisation "org-c"/);
    const pg = new PgClient({ connectionString: harness.db.url });
    await pg.connect();
    const rows = await pg.query<{ role: string }>('SELECT k.role FROM gateway.api_keys k JOIN gateway.organisations o ON o.id = k.org_id WHERE o.name = $1', ['org-c']);
    const dump = JSON.stringify((await pg.query('SELECT * FROM gateway.api_keys')).rows);
    await pg.end();
    expect(rows.rows).toEqual([{ role: 'viewer' }]);
    expect(dump).not.toContain(key.slice(16));
  });

  it('answers UNAUTHENTICATED without a key or with a bad one, over HTTP and graphql-ws', async () => {
    for (const key of [null, 'tc_000000000000_forgedforgedforgedforgedforgedforgedforgedfo', 'not-a-key']) {
      const response = await graphql(key, '{ tenants { edges { node { id } } } }');
      expect(response.status).toBe(200);
      expect(codes(response)).toEqual([ErrorCode.UNAUTHENTICATED]);
    }
    const run = subscribe(harness.socket(null), PROGRESS, { tenantId: '8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d' });
    const ended = await run.ended;
    expect(ended.completed).toBe(false);
    expect(ended.error).toMatchObject([{ extensions: { code: ErrorCode.UNAUTHENTICATED } }]);
  });

  it('refuses what a role may not do with FORBIDDEN', async () => {
    expect(codes(await connectTenant(harness.keys.viewerA, 'nope'))).toEqual([ErrorCode.FORBIDDEN]);
    expect(codes(await connectTenant(harness.keys.operatorA, 'nope'))).toEqual([ErrorCode.FORBIDDEN]);
    const startScan = await graphql(harness.keys.viewerA, 'mutation { startScan(tenantId: "8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d") { id } }');
    expect(codes(startScan)).toEqual([ErrorCode.FORBIDDEN]);
    expect(harness.backend.count(Subject.ConnectTenant) + harness.backend.count(Subject.StartScan)).toBe(0);
  });

  it("connects a tenant for the key's organisation, with the key as actor, and never returns the secret", async () => {
    const response = await connectTenant(harness.keys.adminA, 'Contoso');
    expect(response.errors).toBeUndefined();
    expect(response.data?.connectTenant).toMatchObject({ tenant: { displayName: 'Contoso', status: 'CONNECTED' }, connectionTest: { ok: true } });
    expect(JSON.stringify(response)).not.toContain(SECRET);
    const sent = harness.backend.received.find((r) => r.subject === Subject.ConnectTenant)?.payload as { orgId: string; actor: string };
    const pg = new PgClient({ connectionString: harness.db.url });
    await pg.connect();
    const { rows } = await pg.query<{ org_id: string; id: string }>(
      "SELECT k.org_id, k.id FROM gateway.api_keys k WHERE k.prefix = $1",
      [harness.keys.adminA.slice(3, 15)],
    );
    await pg.end();
    expect(sent).toMatchObject({ orgId: rows[0].org_id, actor: rows[0].id });
  });

  it('maps INVALID_CREDENTIALS from the connector with its remediation and the failed connection test', async () => {
    const response = await connectTenant(harness.keys.adminA, 'Wrong', WRONG_SECRET);
    expect(response.data).toBeNull();
    const [error] = response.errors ?? [];
    expect(error.extensions).toMatchObject({
      code: ErrorCode.INVALID_CREDENTIALS,
      remediation: expect.arrayContaining([expect.stringContaining('Certificates & secrets')]),
      details: { connectionTest: expect.objectContaining({ ok: false, errorCode: ErrorCode.INVALID_CREDENTIALS }) },
    });
    expect(error.message).toContain('AADSTS7000215');
    expect(JSON.stringify(response)).not.toContain('tenantInternals');
    expect(JSON.stringify(response)).not.toContain(WRONG_SECRET);
  });

  it("answers NOT_FOUND for another organisation's tenant and lists only the caller's", async () => {
    const created = await connectTenant(harness.keys.adminA, 'Fabrikam');
    const tenantId = created.data?.connectTenant.tenant.id;
    const other = await graphql(harness.keys.adminB, 'query($id: ID!) { tenant(id: $id) { id } }', { id: tenantId });
    expect(codes(other)).toEqual([ErrorCode.NOT_FOUND]);
    const mine = await graphql(harness.keys.viewerA, 'query($id: ID!) { tenant(id: $id) { displayName } }', { id: tenantId });
    expect(mine.data).toEqual({ tenant: { displayName: 'Fabrikam' } });
    const listB = await graphql<{ tenants: { edges: unknown[] } }>(harness.keys.adminB, '{ tenants { edges { node { id } } } }');
    expect(listB.data?.tenants.edges).toEqual([]);
  });

  it('pages tenants with Relay cursors and loads every latestScan in one scanner request', async () => {
    for (const name of ['T1', 'T2', 'T3', 'T4']) await connectTenant(harness.keys.adminA, name);
    const before = harness.backend.count(Subject.LatestScans);
    const query = `query($after: String) { tenants(first: 4, after: $after) {
      edges { cursor node { displayName latestScan { id status } } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { tenants: { edges: Array<{ node: { displayName: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await graphql<Page>(harness.keys.viewerA, query);
    expect(first.data?.tenants.edges).toHaveLength(4);
    expect(first.data?.tenants.pageInfo.hasNextPage).toBe(true);
    expect(harness.backend.count(Subject.LatestScans)).toBe(before + 1);
    const second = await graphql<Page>(harness.keys.viewerA, query, { after: first.data?.tenants.pageInfo.endCursor });
    const names = [...(first.data?.tenants.edges ?? []), ...(second.data?.tenants.edges ?? [])].map((e) => e.node.displayName);
    expect(names).toEqual(['Contoso', 'Fabrikam', 'T1', 'T2', 'T3', 'T4']);
  });

  it('streams scanProgress from NATS to its subscriber, completes after the final event, and isolates organisations', async () => {
    const tenantId = (await connectTenant(harness.keys.adminA, 'Scanned')).data?.connectTenant.tenant.id as string;
    const otherTenantId = (await connectTenant(harness.keys.adminB, 'Other org')).data?.connectTenant.tenant.id as string;
    const started = await graphql<{ startScan: { id: string; status: string } }>(
      harness.keys.operatorA,
      'mutation($t: ID!) { startScan(tenantId: $t) { id status } }',
      { t: tenantId },
    );
    const scanId = started.data?.startScan.id as string;
    const again = await graphql(harness.keys.operatorA, 'mutation($t: ID!) { startScan(tenantId: $t) { id } }', { t: tenantId });
    expect(again.errors?.[0].extensions).toEqual({ code: ErrorCode.SCAN_IN_PROGRESS, details: { scanId } });

    const getScans = harness.backend.count(Subject.GetScan);
    const mine = subscribe(harness.socket(harness.keys.viewerA), PROGRESS, { scanId });
    const spy = subscribe(harness.socket(harness.keys.adminB), PROGRESS, { scanId });
    const otherTenant = subscribe(harness.socket(harness.keys.adminB), PROGRESS, { tenantId: otherTenantId });
    await waitFor('subscriptions authorised', async () => harness.backend.count(Subject.GetScan) >= getScans + 2, 5000);
    await waitFor('tenant subscription authorised', async () => harness.backend.received.some((r) => (r.payload as { tenantId?: string }).tenantId === otherTenantId && r.subject === Subject.GetTenant), 5000);

    const orgA = (harness.backend.scans.get(scanId) as { orgId: string }).orgId;
    const step = (percent: number, status = ScanStatus.RUNNING): ScanProgressEvent => ({
      orgId: orgA, scanId, tenantId, phase: 'users', percent, message: `${percent}%`, status, at: new Date().toISOString(),
    });
    await harness.publishProgress(step(10));
    await harness.publishProgress({ ...step(20), orgId: 'someone-else' });
    await harness.publishProgress(step(60));
    await harness.publishProgress(step(100, ScanStatus.SUCCEEDED));

    expect(await mine.ended).toEqual({ completed: true });
    expect(mine.results.map((r) => r.data?.scanProgress)).toEqual([
      expect.objectContaining({ percent: 10, status: 'RUNNING', scanId, tenantId }),
      expect.objectContaining({ percent: 60 }),
      expect.objectContaining({ percent: 100, status: 'SUCCEEDED', message: '100%' }),
    ]);
    const spied = await spy.ended;
    expect(spy.results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? ['DATA'])).toEqual([ErrorCode.NOT_FOUND]);
    expect(spied.completed).toBe(true);
    expect(otherTenant.results).toEqual([]);
    otherTenant.stop();
  });

  it('answers a subscriber of an already finished scan with its final state', async () => {
    const scan = [...harness.backend.scans.values()][0];
    harness.backend.scans.set(scan.id, { ...scan, status: ScanStatus.PARTIAL, progress: 100, finishedAt: new Date().toISOString() });
    const late = subscribe(harness.socket(harness.keys.viewerA), PROGRESS, { scanId: scan.id });
    expect(await late.ended).toEqual({ completed: true });
    expect(late.results.map((r) => r.data?.scanProgress)).toEqual([expect.objectContaining({ status: 'PARTIAL', percent: 100 })]);
  });

  it('answers SERVICE_UNAVAILABLE at once when no service serves a subject, and within the timeout when it is silent', async () => {
    const query = '{ auditLogs(first: 5) { edges { node { id } } } }';
    let started = Date.now();
    expect(codes(await graphql(harness.keys.viewerA, query))).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
    expect(Date.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS);

    const silent = harness.nc.subscribe(Subject.QueryAuditLogs, { queue: 'audit' });
    await harness.nc.flush();
    started = Date.now();
    const response = await graphql(harness.keys.viewerA, query);
    const elapsed = Date.now() - started;
    silent.unsubscribe();
    expect(codes(response)).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
    expect(response.errors?.[0].message).toContain(`${REQUEST_TIMEOUT_MS} ms`);
    expect(elapsed).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(REQUEST_TIMEOUT_MS + 2000);
  });

  it('reports argument problems as BAD_USER_INPUT naming the field', async () => {
    const response = await graphql(harness.keys.viewerA, '{ tenants(first: 1000) { edges { cursor } } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'first' } });
    const badId = await graphql(harness.keys.viewerA, '{ scan(id: "nope") { id } }');
    expect(badId.errors?.[0].extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'id' } });
  });

  it('wrote no client secret to its log', () => {
    const log = harness.gateway.lines.join('\n');
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain(WRONG_SECRET);
    expect(log).not.toContain(harness.keys.adminA);
  });
});
