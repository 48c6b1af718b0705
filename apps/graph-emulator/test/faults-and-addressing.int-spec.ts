import { Client, PageCollection } from '@microsoft/microsoft-graph-client';
import { CreatedTenant } from './support/control-api';
import { claimsOf, graphFailure } from './support/client-assertions';
import { ALL_SIX, credentialFor, graphClientFor, GRAPH_SCOPE, Harness, startHarness } from './support/emulator-harness';

let harness: Harness;
let tenant: CreatedTenant;

beforeAll(async () => {
  harness = await startHarness();
  tenant = await harness.control.createTenant({ displayName: 'Contoso', domains: ['contoso.example'], generate: { users: 120 } });
});

afterAll(() => harness?.close());

describe('faults, counters and addressing through the real clients', () => {
  it('retries an injected 429 through the RetryHandler and counts every attempt', async () => {
    const app = await harness.control.createApp(tenant.tenantId, { permissions: ALL_SIX });
    const client = graphClientFor(harness.emulator.baseUrl, credentialFor(harness.emulator.baseUrl, tenant.tenantId, app));
    await client.api('/organization').get();
    await harness.control.send('DELETE', '/_emulator/stats', undefined, 204);
    const fault = { pathPattern: '/v1.0/organization', status: 429, count: 2, retryAfterSeconds: 0, tenantId: 'contoso.example' };
    await harness.control.send('POST', '/_emulator/faults', fault, 201);
    const organization: PageCollection = await client.api('/organization').get();
    expect(organization.value[0]).toMatchObject({ id: tenant.tenantId, displayName: 'Contoso' });
    const stats = await harness.control.send<{ throttled: number; requests: unknown[] }>('GET', '/_emulator/stats', undefined, 200);
    expect(stats.throttled).toBe(2);
    expect(stats.requests).toEqual([
      { method: 'GET', path: '/v1.0/organization', status: 200, count: 1 },
      { method: 'GET', path: '/v1.0/organization', status: 429, count: 2 },
    ]);
  });

  it('answers 401 InvalidAuthenticationToken to a token it did not issue', async () => {
    const authProvider = { getAccessToken: async () => 'eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.c2ln' };
    const client = Client.initWithMiddleware({ authProvider, baseUrl: harness.emulator.baseUrl, customHosts: new Set(['127.0.0.1']) });
    const error = await graphFailure(client.api('/users').get());
    expect([error.statusCode, error.code]).toEqual([401, 'InvalidAuthenticationToken']);
  });

  it('works with localhost as authority and Graph host (links follow the Host header)', async () => {
    const app = await harness.control.createApp(tenant.tenantId, { permissions: ALL_SIX });
    const localhost = harness.emulator.baseUrl.replace('127.0.0.1', 'localhost');
    const client = graphClientFor(localhost, credentialFor(localhost, tenant.tenantId, app));
    const page: PageCollection = await client.api('/users').top(10).get();
    expect(page['@odata.nextLink']).toMatch(/^https:\/\/localhost:/);
  });

  it('serves tenants and apps with fixed ids and secrets from a fixture', async () => {
    const fixed = {
      tenantId: '0c0ffee0-0000-4000-8000-000000000001',
      clientId: '0c0ffee0-0000-4000-8000-000000000002',
      clientSecret: 'Fix8Q~fixture-secret-value-for-tests-00001',
    };
    const app = { clientId: fixed.clientId, clientSecret: fixed.clientSecret, permissions: ['User.Read.All'] };
    const second = await startHarness({ fixture: { tenants: [{ tenantId: fixed.tenantId, displayName: 'Fixture Ltd', apps: [app] }] } });
    try {
      const credential = credentialFor(second.emulator.baseUrl, fixed.tenantId, { ...fixed, secretId: '' });
      expect(claimsOf((await credential.getToken(GRAPH_SCOPE)).token)).toMatchObject({ tid: fixed.tenantId, roles: ['User.Read.All'] });
    } finally {
      await second.close();
    }
  });
});
