import { PageCollection, PageIterator } from '@microsoft/microsoft-graph-client';
import { CreatedApp, CreatedTenant } from './support/control-api';
import { allPages, claimsOf, graphFailure, rejectionOf } from './support/client-assertions';
import { ALL_SIX, credentialFor, graphClientFor, GRAPH_SCOPE, Harness, startHarness } from './support/emulator-harness';

let harness: Harness;
let tenant: CreatedTenant;

// MSAL caches tokens per (client, tenant) in-process, so every case uses an app of its own.
const newApp = (permissions: string[], extra: Record<string, unknown> = {}) => harness.control.createApp(tenant.tenantId, { permissions, ...extra });
const credential = (app: CreatedApp, secret?: string, tenantRef = tenant.tenantId) =>
  credentialFor(harness.emulator.baseUrl, tenantRef, app, secret);
const graphClient = (app: CreatedApp) => graphClientFor(harness.emulator.baseUrl, credential(app));
const tokenFailure = async (app: CreatedApp, secret?: string) => (await rejectionOf(credential(app, secret).getToken(GRAPH_SCOPE))).message;

beforeAll(async () => {
  harness = await startHarness();
  tenant = await harness.control.createTenant({
    displayName: 'Contoso',
    domains: ['contoso.example'],
    generate: { users: 2345, seed: 42, guestRatio: 0.1, disabledRatio: 0.05, mfaRegisteredRatio: 0.7 },
  });
});

afterAll(() => harness?.close());

describe('Entra token endpoint through ClientSecretCredential', () => {
  it('issues a JWT whose roles are the granted permissions, by tenant GUID or domain', async () => {
    const app = await newApp(ALL_SIX);
    const token = await credential(app).getToken(GRAPH_SCOPE);
    const claims = claimsOf(token.token);
    expect(claims).toMatchObject({ tid: tenant.tenantId, appid: app.clientId, aud: 'https://graph.microsoft.com' });
    expect([...(claims.roles as string[])].sort()).toEqual([...ALL_SIX].sort());
    expect(token.expiresOnTimestamp - Date.now()).toBeGreaterThan(3500_000);
    const byDomain = await credential(app, app.clientSecret, 'contoso.example').getToken(GRAPH_SCOPE);
    expect(claimsOf(byDomain.token).tid).toBe(tenant.tenantId);
  });

  it('rejects a wrong secret with AADSTS7000215', async () => {
    expect(await tokenFailure(await newApp(ALL_SIX), 'not-the-secret')).toContain('AADSTS7000215');
  });

  it('rejects an expired secret with AADSTS7000222', async () => {
    expect(await tokenFailure(await newApp(ALL_SIX, { secretExpiresAt: '2024-01-01T00:00:00Z' }))).toContain('AADSTS7000222');
  });

  it('rejects an app that is not in the tenant with AADSTS700016', async () => {
    const app = await newApp(ALL_SIX);
    await harness.control.send('DELETE', `/_emulator/tenants/${tenant.tenantId}/apps/${app.clientId}`, undefined, 204);
    expect(await tokenFailure(app)).toContain('AADSTS700016');
  });

  it('rejects a disabled service principal with AADSTS7000112', async () => {
    expect(await tokenFailure(await newApp(ALL_SIX, { disabled: true }))).toContain('AADSTS7000112');
  });

  it('reports a Conditional Access block with AADSTS53003', async () => {
    const app = await newApp(ALL_SIX);
    await harness.control.send('PATCH', `/_emulator/tenants/${tenant.tenantId}/apps/${app.clientId}`, { conditionalAccessBlocked: true }, 200);
    expect(await tokenFailure(app)).toContain('AADSTS53003');
  });

  it('rejects a scope without /.default with AADSTS1002012', async () => {
    const failure = await rejectionOf(credential(await newApp(ALL_SIX)).getToken('https://graph.microsoft.com/User.Read.All'));
    expect(failure.message).toContain('AADSTS1002012');
  });

  it('still issues a token without roles to an app with no permissions, and Graph answers 403', async () => {
    const app = await newApp([]);
    expect(claimsOf((await credential(app).getToken(GRAPH_SCOPE)).token)).not.toHaveProperty('roles');
    const error = await graphFailure(graphClient(app).api('/users').get());
    expect({ status: error.statusCode, code: error.code, message: error.message }).toEqual({
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
  });
});

describe('Microsoft Graph through the Graph client', () => {
  it('pages all users with PageIterator, honouring $top and $select, the last page without nextLink', async () => {
    const client = graphClient(await newApp(ALL_SIX));
    const first: PageCollection = await client.api('/users').select(['id', 'accountEnabled', 'userType']).top(999).get();
    expect(first.value).toHaveLength(999);
    expect(Object.keys(first.value[0]).sort()).toEqual(['accountEnabled', 'id', 'userType']);
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/users\?.*\$skiptoken=/);
    const ids = new Set<string>();
    const iterator = new PageIterator(client, first, (user: { id: string }) => Boolean(ids.add(user.id)));
    await iterator.iterate();
    expect(iterator.isComplete()).toBe(true);
    expect(ids.size).toBe(tenant.stats.users);
    const pages = await allPages(client, client.api('/users').select('id').top(999));
    expect(pages.map((page) => page.value.length)).toEqual([999, 999, tenant.stats.users - 1998]);
    expect(pages[pages.length - 1]).not.toHaveProperty('@odata.nextLink');
  });

  it('serves a registration report whose counts match the tenant statistics exactly', async () => {
    const client = graphClient(await newApp(ALL_SIX));
    const userPages = await allPages(client, client.api('/users').select(['id', 'accountEnabled', 'userType']).top(999));
    const users = userPages.flatMap((page) => page.value as Array<{ id: string; accountEnabled: boolean; userType: string }>);
    const enabledMembers = new Set(users.filter((u) => u.accountEnabled && u.userType === 'Member').map((u) => u.id));
    const report = await allPages(client, client.api('/reports/authenticationMethods/userRegistrationDetails').version('beta').top(999));
    const registered = report
      .flatMap((page) => page.value as Array<{ id: string; isMfaRegistered: boolean }>)
      .filter((row) => enabledMembers.has(row.id) && row.isMfaRegistered);
    expect(enabledMembers.size).toBe(tenant.stats.enabledMembers);
    expect(registered).toHaveLength(tenant.stats.enabledMembersMfaRegistered);
  });

  it('forbids the registration report without Reports.Read.All', async () => {
    const app = await newApp(ALL_SIX.filter((permission) => permission !== 'Reports.Read.All'));
    const error = await graphFailure(graphClient(app).api('/reports/authenticationMethods/userRegistrationDetails').version('beta').get());
    expect([error.statusCode, error.code]).toEqual([403, 'Authorization_RequestDenied']);
  });

  it('lists Conditional Access policies, and answers AccessDenied without a policy permission', async () => {
    const policies: PageCollection = await graphClient(await newApp(['Policy.Read.All'])).api('/identity/conditionalAccess/policies').get();
    expect(policies.value).toEqual([expect.objectContaining({ displayName: 'Require MFA for all users', state: 'enabled' })]);
    const error = await graphFailure(graphClient(await newApp(['User.Read.All'])).api('/identity/conditionalAccess/policies').get());
    expect([error.statusCode, error.code]).toEqual([403, 'AccessDenied']);
    expect(error.message).toBe('You cannot perform the requested operation, required scopes are missing in the token.');
  });
});
