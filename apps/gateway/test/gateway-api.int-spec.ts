import { auditLogAddedSubject, AuditLevel, ErrorCode, Subject, TenantStatus } from '@trueconfig/common';
import { createApiKeyWithCli, waitFor } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { GatewayHarness, startGatewayHarness } from './support/gateway-harness';
import { subscribe } from './support/graphql-clients';

type Errors = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const codes = (response: Errors) => response.errors?.map((e) => e.extensions?.code);
const REQUEST_SUBJECTS = new Set<string>(Object.values(Subject));

describe('gateway API: keys, limits, batching, audit feed and export (built process, services faked over NATS)', () => {
  let harness: GatewayHarness;
  const graphql: GatewayHarness['graphql'] = (key, query, variables) => harness.graphql(key, query, variables);
  const orgOf = async (key: string) => {
    const pg = new PgClient({ connectionString: harness.db.url });
    await pg.connect();
    try {
      return (await pg.query<{ org_id: string; id: string }>('SELECT org_id, id FROM gateway.api_keys WHERE prefix = $1', [key.slice(3, 15)])).rows[0];
    } finally {
      await pg.end();
    }
  };
  const addTenants = (orgId: string, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const id = randomUUID();
      const now = new Date().toISOString();
      harness.backend.tenants.set(id, {
        id, orgId, displayName: `Tenant ${i}`, directoryTenantId: randomUUID(), clientId: randomUUID(), status: TenantStatus.CONNECTED,
        secretHint: '…abc', secretEnteredAt: now, secretExpiresAt: null, createdAt: now, lastConnectionTest: null,
      });
      return id;
    });

  beforeAll(async () => {
    harness = await startGatewayHarness(1000);
  });

  afterAll(() => harness?.stop());

  it('lets an admin create, list and revoke keys through GraphQL, shown once, audited with the admin as actor', async () => {
    const heard: Array<{ code: string; actor: string }> = [];
    const sub = harness.nc.subscribe('audit.events.gateway', { callback: (_e, msg) => heard.push(JSON.parse(msg.string()) as { code: string; actor: string }) });
    await harness.nc.flush();
    const created = await graphql<{ createApiKey: { key: string; apiKey: { id: string; role: string; name: string; hint: string } } }>(
      harness.keys.adminA, 'mutation { createApiKey(role: VIEWER, name: "SIEM") { key apiKey { id role name hint lastUsedAt } } }');
    const { key, apiKey } = created.data!.createApiKey;
    expect(apiKey).toMatchObject({ role: 'VIEWER', name: 'SIEM', hint: `tc_${key.slice(3, 15)}_…` });
    expect((await graphql(key, '{ requiredPermissions { name } }')).errors).toBeUndefined();

    type Keys = { apiKeys: { edges: Array<{ node: { id: string; lastUsedAt: string | null } }> } };
    const listKeys = () => graphql<Keys>(harness.keys.adminA, '{ apiKeys(first: 50) { edges { node { id lastUsedAt } } } }');
    // The last-used time is written after the request is answered.
    await waitFor('last use recorded', async () => Boolean((await listKeys()).data?.apiKeys.edges.find((e) => e.node.id === apiKey.id)?.node.lastUsedAt), 5000);
    const list = await listKeys();
    expect(JSON.stringify(list)).not.toContain(key.slice(16));
    expect(codes(await graphql(harness.keys.viewerA, '{ apiKeys { edges { node { id } } } }'))).toEqual([ErrorCode.FORBIDDEN]);
    expect(codes(await graphql(harness.keys.operatorA, 'mutation { createApiKey(role: ADMIN) { key } }'))).toEqual([ErrorCode.FORBIDDEN]);

    const socket = harness.socket(key);
    const before = subscribe(socket, 'subscription { auditLogAdded { id } }', {});
    // The subscription (and with it the socket) is open before the key is revoked.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(before.results).toEqual([]);
    const revoke = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
    expect(codes(await graphql(harness.keys.adminB, revoke, { id: apiKey.id }))).toEqual([ErrorCode.NOT_FOUND]);
    expect((await graphql<{ revokeApiKey: { revokedAt: string } }>(harness.keys.adminA, revoke, { id: apiKey.id })).data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect(codes(await graphql(key, '{ requiredPermissions { name } }'))).toEqual([ErrorCode.UNAUTHENTICATED]);
    const after = subscribe(socket, 'subscription { auditLogAdded { id } }', {});
    expect((await after.ended).error).toMatchObject([{ extensions: { code: ErrorCode.UNAUTHENTICATED } }]);
    before.stop();

    const admin = await orgOf(harness.keys.adminA);
    await waitFor('audit events', async () => heard.length >= 2, 5000);
    sub.unsubscribe();
    expect(heard.map((e) => [e.code, e.actor])).toEqual([['API_KEY_CREATED', admin.id], ['API_KEY_REVOKED', admin.id]]);
  });

  it('refuses documents beyond the depth and complexity limits with BAD_USER_INPUT naming the limit', async () => {
    const deep = await graphql(harness.keys.viewerA, '{ tenants { edges { node { latestScan { results { evidence { kind } } } } } } }');
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0].extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'query', limit: 'depth', maximum: 6 } });
    const costly = await graphql(harness.keys.viewerA, 'query($n: Int!) { tenants(first: $n) { edges { cursor node { id displayName status clientId latestScan { id status progress phase results { controlId status } } } } } }', { n: 100 });
    expect(costly.errors?.[0].extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { limit: 'complexity', maximum: 1000 } });
    const body = await fetch(`${harness.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ a${' '.repeat(200_000)} }` }) });
    expect(body.status).toBe(413);
  });

  it('answers RATE_LIMITED with a retry hint once a key has spent its burst, over HTTP and graphql-ws, without touching other keys', async () => {
    const { key } = await createApiKeyWithCli(harness.env, 'org-a', 'viewer');
    const responses = await Promise.all(Array.from({ length: 40 }, () =>
      fetch(`${harness.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: '{ requiredPermissions { name } }' }) })));
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(9);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await limited[0].json()) as Errors;
    expect(body.errors?.[0].extensions).toMatchObject({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: expect.any(Number), details: { retryAfterSeconds: expect.any(Number) } });
    const ws = subscribe(harness.socket(key), 'subscription { auditLogAdded { id } }', {});
    expect((await ws.ended).error).toMatchObject([{ extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: expect.any(Number) } }]);
    expect((await graphql(harness.keys.viewerA, '{ requiredPermissions { name } }')).errors).toBeUndefined();
  });

  const requestsDuring = async (key: string, query: string, variables: Record<string, unknown>) => {
    const seen: Array<{ subject: string; data: unknown }> = [];
    const spy = harness.nc.subscribe('>', { callback: (_e, msg) => REQUEST_SUBJECTS.has(msg.subject) && seen.push({ subject: msg.subject, data: (msg.json<{ data: unknown }>()).data }) });
    await harness.nc.flush();
    const page = await graphql<{ tenants: { edges: Array<{ node: { latestScan: unknown } }> } }>(key, query, variables);
    await harness.nc.flush();
    spy.unsubscribe();
    return { page, seen, subjects: seen.map((r) => r.subject).sort() };
  };

  it('costs the same NATS requests for a page of 10 tenants as for 50, latest scans and results included', async () => {
    const { key } = await createApiKeyWithCli(harness.env, 'org-pages', 'admin');
    const { org_id: orgId } = await orgOf(key);
    const tenantIds = addTenants(orgId, 50);
    for (const tenantId of tenantIds.slice(0, 5)) await graphql(key, 'mutation($t: ID!) { startScan(tenantId: $t) { id } }', { t: tenantId });
    const requestsFor = async (first: number) => {
      const { page, subjects } = await requestsDuring(key, 'query($n: Int!) { tenants(first: $n) { edges { node { id latestScan { id status results { controlId status } } } } } }', { n: first });
      expect(page.data?.tenants.edges).toHaveLength(first);
      return subjects;
    };
    const ten = await requestsFor(10);
    expect(ten).toEqual([Subject.GetScanResults, Subject.LatestScans, Subject.ListTenants].sort());
    expect(await requestsFor(50)).toEqual(ten);
  });

  it('answers a page of 100 tenants with latestScan { status } from one LatestScans request and no results request', async () => {
    const { key } = await createApiKeyWithCli(harness.env, 'org-hundred', 'admin');
    const { org_id: orgId } = await orgOf(key);
    const tenantIds = addTenants(orgId, 100);
    for (const tenantId of tenantIds.slice(0, 3)) await graphql(key, 'mutation($t: ID!) { startScan(tenantId: $t) { id } }', { t: tenantId });
    const { page, seen, subjects } = await requestsDuring(key, 'query($n: Int!) { tenants(first: $n) { edges { node { id latestScan { status score { score } } } } } }', { n: 100 });
    expect(page.errors).toBeUndefined();
    expect(page.data?.tenants.edges.filter((e) => e.node.latestScan !== null)).toHaveLength(3);
    expect(subjects).toEqual([Subject.LatestScans, Subject.ListTenants].sort());
    expect((seen.find((r) => r.subject === Subject.LatestScans)?.data as { tenantIds: string[] }).tenantIds).toHaveLength(100);
  });

  it('delivers auditLogAdded from the NATS broadcast to its organisation only, NOT_FOUND for another organisation’s tenant', async () => {
    const { key } = await createApiKeyWithCli(harness.env, 'org-feed', 'viewer');
    const { org_id: orgId } = await orgOf(key);
    const [tenantId] = addTenants(orgId, 1);
    const query = 'subscription($t: ID) { auditLogAdded(tenantId: $t) { id tenantId code message level actor at } }';
    const mine = subscribe(harness.socket(key), query, { t: tenantId });
    const wholeOrg = subscribe(harness.socket(key), query, {});
    const spy = subscribe(harness.socket(harness.keys.adminB), query, { t: tenantId });
    await spy.ended;
    expect(spy.results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? ['DATA'])).toEqual([ErrorCode.NOT_FOUND]);
    await waitFor('tenant subscription authorised', async () => harness.backend.received.some((r) => (r.payload as { tenantId?: string }).tenantId === tenantId), 5000);
    const line = (id: string, org: string, tenant: string | null) => ({
      id, at: new Date().toISOString(), orgId: org, tenantId: tenant, scanId: null, service: 'scanner', level: AuditLevel.INFO,
      code: 'SCAN_STARTED', message: `line ${id}`, details: null, actor: 'k1',
    });
    // A broadcast sent before the gateway has set a subscription up is not replayed: warm up until both get lines.
    await waitFor('both subscriptions live', async () => {
      harness.nc.publish(auditLogAddedSubject(orgId), JSON.stringify(line(randomUUID(), orgId, tenantId)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return mine.results.length > 0 && wholeOrg.results.length > 0;
    }, 10000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [mineBefore, wholeOrgBefore] = [mine.results.length, wholeOrg.results.length];
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    harness.nc.publish(auditLogAddedSubject('someone-else'), JSON.stringify(line(ids[0], 'someone-else', tenantId)));
    harness.nc.publish(auditLogAddedSubject(orgId), JSON.stringify(line(ids[1], orgId, null)));
    harness.nc.publish(auditLogAddedSubject(orgId), JSON.stringify(line(ids[2], orgId, tenantId)));
    await harness.nc.flush();
    await waitFor('events delivered', async () => mine.results.length >= mineBefore + 1 && wholeOrg.results.length >= wholeOrgBefore + 2, 5000);
    const idsOf = (results: typeof mine.results, from: number) => results.slice(from).map((r) => (r.data?.auditLogAdded as { id: string }).id);
    expect(idsOf(mine.results, mineBefore)).toEqual([ids[2]]);
    expect(idsOf(wholeOrg.results, wholeOrgBefore)).toEqual([ids[1], ids[2]]);
    mine.stop();
    wholeOrg.stop();
  });

  it('exports audit logs over HTTP with the API key, answering each problem with its status and code', async () => {
    const url = (query: string, format = 'csv') => `${harness.baseUrl}/exports/audit-logs.${format}?${query}`;
    const get = async (target: string, key: string | null) => {
      const response = await fetch(target, { headers: key ? { authorization: `Bearer ${key}` } : {} });
      return { status: response.status, body: (await response.json()) as Errors };
    };
    expect(await get(url(''), null)).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: ErrorCode.UNAUTHENTICATED } }] } });
    expect(await get(url('', 'xml'), harness.keys.viewerA)).toMatchObject({ status: 400, body: { errors: [{ extensions: { details: { field: 'format' } } }] } });
    expect(await get(url('since=yesterday'), harness.keys.viewerA)).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: ErrorCode.BAD_USER_INPUT, details: { field: 'since' } } }] } });
    const [tenantOfA] = [...harness.backend.tenants.values()].filter((t) => t.displayName === 'Tenant 0');
    expect(await get(url(`tenantId=${tenantOfA.id}`), harness.keys.adminB)).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: ErrorCode.NOT_FOUND } }] } });
    expect(await get(url('level=WARN', 'jsonl'), harness.keys.viewerA)).toMatchObject({ status: 503, body: { errors: [{ extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] } });
  });
});
