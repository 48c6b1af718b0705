import { BatchRequestContent, BatchResponseContent, Client, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { CreatedTenant } from './support/control-api';
import { claimsOf, graphFailure } from './support/client-assertions';
import { credentialFor, graphClientFor, GRAPH_SCOPE, Harness, startHarness } from './support/emulator-harness';

let harness: Harness;
let tenant: CreatedTenant;
const NO_RETRY = [new RetryHandlerOptions(0, 0)];

async function client(permissions: string[], tenantId = tenant.tenantId): Promise<Client> {
  const app = await harness.control.createApp(tenantId, { permissions });
  return graphClientFor(harness.emulator.baseUrl, credentialFor(harness.emulator.baseUrl, tenantId, app));
}

beforeAll(async () => {
  harness = await startHarness();
  tenant = await harness.control.createTenant({ displayName: 'Tailspin', generate: { users: 30 } });
});

afterAll(() => harness?.close());

describe('throttling at Graph documented limits (scale 1)', () => {
  it('allows one Conditional Access request per second per tenant and answers the next with 429 without Retry-After', async () => {
    const [first, second] = await Promise.all([client(['Policy.Read.All']), client(['Policy.Read.All'])]);
    await first.api('/identity/conditionalAccess/policies').get();
    const error = await graphFailure(second.api('/identity/conditionalAccess/namedLocations').middlewareOptions(NO_RETRY).get());
    expect([error.statusCode, error.code, error.message]).toEqual([429, 'TooManyRequests', 'Please retry again later.']);
    expect(error.headers?.get('retry-after')).toBeNull();
    expect(error.headers?.get('x-ms-throttle-scope')).toBe(`Tenant/Read/-/${tenant.tenantId}`);
  });

  it('allows five audit-log requests per 10 s per app and tenant, then 429 with Retry-After', async () => {
    const graph = await client(['AuditLog.Read.All']);
    for (let i = 0; i < 5; i++) await graph.api('/auditLogs/directoryAudits').top(1).get();
    const error = await graphFailure(graph.api('/auditLogs/directoryAudits').middlewareOptions(NO_RETRY).get());
    expect(error.statusCode).toBe(429);
    expect(Number(error.headers?.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const stats = await harness.control.send<{ throttled: number }>('GET', '/_emulator/stats', undefined, 200);
    expect(stats.throttled).toBeGreaterThanOrEqual(2);
  });

  it('spends identity resource units per app: 3,500 RU per 10 s for a tenant under 50 users, scaled by --throttle-scale', async () => {
    const scaled = await startHarness({ throttleScale: 0.01 });
    try {
      const small = await scaled.control.createTenant({ displayName: 'Tiny', generate: { users: 10 } });
      const app = await scaled.control.createApp(small.tenantId, { permissions: ['User.Read.All'] });
      const graph = graphClientFor(scaled.emulator.baseUrl, credentialFor(scaled.emulator.baseUrl, small.tenantId, app));
      const response = await graph.api('/users').top(5).responseType('raw' as never).get();
      expect((response as Response).headers.get('x-ms-resource-unit')).toBe('1');
      for (let i = 1; i < 35; i++) await graph.api('/users').top(5).get();
      const error = await graphFailure(graph.api('/users').top(5).middlewareOptions(NO_RETRY).get());
      expect(error.statusCode).toBe(429);
      expect(error.headers?.get('x-ms-throttle-information')).toBe('ResourceUnitLimitExceeded');
      expect(error.headers?.get('x-ms-throttle-limit-percentage')).toBeTruthy();
    } finally {
      await scaled.close();
    }
  });
});

describe('/$batch through BatchRequestContent', () => {
  it('answers each step on its own, with a 429 inside a 200 batch', async () => {
    const graph = await client(['User.Read.All', 'Policy.Read.All']);
    await harness.control.send('DELETE', '/_emulator/throttling', undefined, 204);
    const base = `${harness.emulator.baseUrl}/v1.0`;
    const batch = new BatchRequestContent([
      { id: 'users', request: new Request(`${base}/users?$top=3`) },
      { id: 'ca1', request: new Request(`${base}/identity/conditionalAccess/policies`) },
      { id: 'ca2', request: new Request(`${base}/identity/conditionalAccess/policies`) },
      { id: 'skus', request: new Request(`${base}/subscribedSkus`) },
    ]);
    const response = new BatchResponseContent(await graph.api('/$batch').post(await batch.getContent()));
    const statuses = ['users', 'ca1', 'ca2', 'skus'].map((id) => response.getResponseById(id).status);
    expect(statuses).toEqual([200, 200, 429, 403]);
    const users = (await response.getResponseById('users').json()) as { value: unknown[] };
    expect(users.value).toHaveLength(3);
    expect(response.getResponseById('ca2').headers.get('retry-after')).toBeNull();
  });

  it('refuses more than 20 requests with 400', async () => {
    const graph = await client(['User.Read.All']);
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users' }));
    const error = await graphFailure(graph.api('/$batch').post({ requests }));
    expect([error.statusCode, error.code]).toEqual([400, 'BadRequest']);
  });
});

describe('admin consent', () => {
  const consent = (tenantRef: string, clientId: string) =>
    fetch(`${harness.emulator.baseUrl}/${tenantRef}/adminconsent?client_id=${clientId}&redirect_uri=https://app.example/cb&state=s1`, { redirect: 'manual' });

  it('grants the requested permissions of a multi-tenant app in a customer tenant; the next token carries them', async () => {
    const home = await harness.control.createTenant({ displayName: 'Vendor' });
    const app = await harness.control.createApp(home.tenantId, { permissions: [], requestedPermissions: ['User.Read.All'], multiTenant: true });
    const customer = await harness.control.createTenant({ displayName: 'Customer', generate: { users: 5 } });
    const response = await consent(customer.tenantId, app.clientId);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`https://app.example/cb?admin_consent=True&tenant=${customer.tenantId}&state=s1`);
    const token = await credentialFor(harness.emulator.baseUrl, customer.tenantId, app).getToken(GRAPH_SCOPE);
    expect(claimsOf(token.token)).toMatchObject({ tid: customer.tenantId, roles: ['User.Read.All'] });
  });

  it('redirects with access_denied when the tenant administrator refuses', async () => {
    const refusing = await harness.control.createTenant({ displayName: 'Refuser', settings: { adminConsent: 'refuse' } });
    const app = await harness.control.createApp(refusing.tenantId, { requestedPermissions: ['User.Read.All'] });
    const location = new URL(String((await consent(refusing.tenantId, app.clientId)).headers.get('location')));
    expect(location.searchParams.get('error')).toBe('access_denied');
  });
});

describe('rotation', () => {
  it('rejects the old secret with AADSTS7000215 after a rotation that removes previous secrets', async () => {
    const app = await harness.control.createApp(tenant.tenantId, { permissions: ['User.Read.All'] });
    const rotated = await harness.control.send<{ clientSecret: string }>(
      'PATCH',
      `/_emulator/tenants/${tenant.tenantId}/apps/${app.clientId}`,
      { rotateSecret: true, removePreviousSecrets: true },
      200,
    );
    const old = await credentialFor(harness.emulator.baseUrl, tenant.tenantId, app).getToken(GRAPH_SCOPE).catch((error: Error) => error);
    expect(String(old)).toContain('AADSTS7000215');
    const fresh = await credentialFor(harness.emulator.baseUrl, tenant.tenantId, { ...app, clientSecret: rotated.clientSecret }).getToken(GRAPH_SCOPE);
    expect(claimsOf(fresh.token).appid).toBe(app.clientId);
  });
});
