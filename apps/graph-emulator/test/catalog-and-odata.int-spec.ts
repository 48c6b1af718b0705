import { PageCollection, PageIterator } from '@microsoft/microsoft-graph-client';
import { CreatedTenant } from './support/control-api';
import { allPages, graphFailure } from './support/client-assertions';
import { credentialFor, graphClientFor, Harness, startHarness } from './support/emulator-harness';

const READ_ALL = [
  'Directory.Read.All', 'Policy.Read.All', 'RoleManagement.Read.All', 'User.Read.All', 'AuditLog.Read.All', 'Reports.Read.All',
  'Application.Read.All', 'RoleEligibilitySchedule.Read.Directory',
];

let harness: Harness;
let tenant: CreatedTenant;
const client = async (tenantId = tenant.tenantId, permissions = READ_ALL) => {
  const app = await harness.control.createApp(tenantId, { permissions });
  return graphClientFor(harness.emulator.baseUrl, credentialFor(harness.emulator.baseUrl, tenantId, app));
};

beforeAll(async () => {
  harness = await startHarness({ throttleScale: 1000 });
  tenant = await harness.control.createTenant({
    displayName: 'Northwind',
    licence: 'p2',
    generate: { users: 1200, admins: 5, guestRatio: 0.2, disabledRatio: 0.1, seed: 7 },
    roles: { 'Global Administrator': { assigned: 2, eligible: 2, activated: 1 } },
    conditionalAccess: [{ kind: 'blockLegacyAuthentication' }, { kind: 'requirePhishingResistantMfaAdmins', state: 'enabledForReportingButNotEnforced' }],
    settings: { authorizationPolicy: { allowedToCreateApps: false }, securityDefaultsEnabled: false },
  });
});

afterAll(() => harness?.close());

describe('the control catalog datasets through the Graph client', () => {
  it('serves policies as singletons on v1.0 and authorizationPolicy wrapped in value on beta', async () => {
    const graph = await client();
    const v1 = await graph.api('/policies/authorizationPolicy').get();
    expect(v1.defaultUserRolePermissions).toMatchObject({ allowedToCreateApps: false });
    const beta: PageCollection = await graph.api('/policies/authorizationPolicy').version('beta').get();
    expect(beta.value[0]).toMatchObject({ id: 'authorizationPolicy' });
    expect(await graph.api('/policies/identitySecurityDefaultsEnforcementPolicy').get()).toMatchObject({ isEnabled: false });
  });

  it('serves Conditional Access kinds, PIM schedules and role members', async () => {
    const graph = await client();
    const policies: PageCollection = await graph.api('/identity/conditionalAccess/policies').get();
    expect(policies.value.map((p: { state: string }) => p.state)).toEqual(['enabled', 'enabledForReportingButNotEnforced']);
    expect(policies.value[1].grantControls.authenticationStrength.allowedCombinations).toContain('fido2');
    const eligible: PageCollection = await graph.api('/roleManagement/directory/roleEligibilitySchedules').get();
    expect(eligible.value).toHaveLength(3);
    const roles: PageCollection = await graph.api('/directoryRoles').get();
    const members: PageCollection = await graph.api(`/directoryRoles/${roles.value[0].id}/members`).get();
    expect(members.value).toHaveLength(3);
    const groups: PageCollection = await graph.api('/groups').get();
    const groupMembers: PageCollection = await graph.api(`/groups/${groups.value[1].id}/transitiveMembers`).get();
    expect(groupMembers.value).toHaveLength(10);
  });

  it('answers AadPremiumLicenseRequired for PIM and the premium 403 for sign-ins on lower licences', async () => {
    const free = await harness.control.createTenant({ displayName: 'Freebie', licence: 'free', generate: { users: 10 } });
    const graph = await client(free.tenantId);
    const pim = await graphFailure(graph.api('/roleManagement/directory/roleEligibilitySchedules').get());
    expect([pim.statusCode, pim.code]).toEqual([400, 'AadPremiumLicenseRequired']);
    const signIns = await graphFailure(graph.api('/auditLogs/signIns').get());
    expect([signIns.statusCode, signIns.code]).toEqual([403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant']);
  });
});

describe('OData through the Graph client', () => {
  it('filters guests and disabled accounts, and counts with ConsistencyLevel: eventual on the first page only', async () => {
    const graph = await client();
    const pages = await allPages(graph, graph.api('/users').filter("userType eq 'Guest'").select('id,userType').top(999).count(true).header('ConsistencyLevel', 'eventual'));
    const guests = pages.flatMap((page) => page.value as Array<{ userType: string }>);
    expect(guests.every((user) => user.userType === 'Guest')).toBe(true);
    expect(guests).toHaveLength(tenant.stats.guests);
    expect(pages[0]['@odata.count']).toBe(tenant.stats.guests);
    expect(pages.slice(1).some((page) => '@odata.count' in page)).toBe(false);
    const disabled = await allPages(graph, graph.api('/users').filter('accountEnabled eq false').select('id').top(999));
    expect(disabled.flatMap((page) => page.value)).toHaveLength(tenant.stats.disabledUsers);
  });

  it('ignores $count without ConsistencyLevel (no @odata.count, as Graph does) and refuses unsupported filters with 400', async () => {
    const graph = await client();
    const uncounted: PageCollection = await graph.api('/users').count(true).top(5).get();
    expect(uncounted.value).toHaveLength(5);
    expect(uncounted).not.toHaveProperty('@odata.count');
    const filter = await graphFailure(graph.api('/users').filter("startswith(displayName,'A')").get());
    expect([filter.statusCode, filter.code]).toEqual([400, 'BadRequest']);
    const property = await graphFailure(graph.api('/groups').filter("displayName eq 'Finance'").get());
    expect([property.statusCode, property.code]).toEqual([400, 'Request_UnsupportedQuery']);
  });

  it('runs users/delta to a deltaLink, then returns only what the control API changed', async () => {
    const graph = await client();
    const pages = await allPages(graph, graph.api('/users/delta').select('id,jobTitle').header('Prefer', 'odata.maxpagesize=500'));
    expect(pages.map((page) => page.value.length)).toEqual([500, 500, 200]);
    const deltaLink = pages[2]['@odata.deltaLink'] as string;
    await harness.control.send('POST', `/_emulator/tenants/${tenant.tenantId}/users/changes`, { update: 1, delete: 2 }, 200);
    const changes: PageCollection = await graph.api(deltaLink).get();
    expect(changes.value.filter((user: Record<string, unknown>) => '@removed' in user)).toHaveLength(2);
    expect(changes.value).toHaveLength(3);
    await harness.control.send('POST', `/_emulator/tenants/${tenant.tenantId}/users/changes`, { update: 0, delete: 0 }, 200);
  });

  it('fails a listing mid-way with Directory_ExpiredPageToken when the fault is injected', async () => {
    const graph = await client();
    await harness.control.send('POST', '/_emulator/faults', { pathPattern: '/v1.0/users', expirePageToken: true, count: 1, tenantId: tenant.tenantId }, 201);
    const first: PageCollection = await graph.api('/users').select('id').top(100).get();
    const iterator = new PageIterator(graph, first, () => true);
    const error = await graphFailure(iterator.iterate());
    expect([error.statusCode, error.code]).toEqual([400, 'Directory_ExpiredPageToken']);
  });
});
