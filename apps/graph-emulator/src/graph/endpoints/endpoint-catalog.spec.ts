import { DEFAULT_PERMISSION_ROWS } from '../../permissions/permission-table';
import { stubEmulator } from '../../testing/pipeline.stub';
import { GRAPH_ENDPOINTS } from '../graph-routes';

const EVERYTHING = [...new Set(DEFAULT_PERMISSION_ROWS.flatMap((row) => row.anyOf))];
type Body = Record<string, unknown> & { value?: Array<Record<string, unknown>> };

function concretePath(path: string, ids: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => ids[name]);
}

describe('the endpoint catalog', () => {
  const p2 = { licence: 'p2' as const, generate: { users: 60, admins: 4, seed: 3 }, roles: { 'Global Administrator': { assigned: 2, eligible: 1, activated: 1 } } };

  it('serves every endpoint in every version to a P2 tenant with the permissions', async () => {
    const emulator = stubEmulator(p2);
    const token = emulator.tokenFor({ permissions: EVERYTHING });
    const roles = (await emulator.get('/v1.0/directoryRoles', token)).body as Body;
    const roleId = String(roles.value?.[0].id);
    const principals = (await emulator.get('/v1.0/servicePrincipals', token)).body as Body;
    const servicePrincipalId = String(principals.value?.[1].id);
    const policies = (await emulator.get('/v1.0/policies/roleManagementPolicyAssignments', token)).body as Body;
    const policyId = String(policies.value?.[0].policyId);
    const groupId = String((((await emulator.get('/v1.0/groups', token)).body as Body).value ?? [])[0].id);
    for (const endpoint of GRAPH_ENDPOINTS) {
      for (const version of endpoint.versions) {
        const path = `/${version}${concretePath(endpoint.path, { roleId, servicePrincipalId, policyId, groupId })}`;
        const response =
          endpoint.method === 'GET'
            ? await emulator.get(path, token)
            : await emulator.send({ method: 'POST', path, body: JSON.stringify({ ids: [roleId] }), headers: { authorization: `Bearer ${token}` } });
        expect([endpoint.path, version, response.status]).toEqual([endpoint.path, version, 200]);
      }
    }
  });

  it('derives PIM schedules and role assignments from the roles spec', async () => {
    const emulator = stubEmulator(p2);
    const token = emulator.tokenFor({ permissions: ['RoleManagement.Read.Directory'] });
    const list = async (path: string) => ((await emulator.get(`/v1.0/roleManagement/directory/${path}`, token)).body as Body).value ?? [];
    expect(await list('roleAssignments')).toHaveLength(3);
    expect(await list('roleEligibilitySchedules')).toHaveLength(2);
    const instances = await list('roleAssignmentScheduleInstances');
    expect(instances.map((instance) => instance.assignmentType).sort()).toEqual(['Activated', 'Assigned', 'Assigned']);
    expect(instances.filter((instance) => instance.endDateTime === null)).toHaveLength(2);
  });

  it('gates PIM on P2 and sign-ins on P1', async () => {
    const emulator = stubEmulator({ licence: 'p1', generate: { users: 5 } });
    const token = emulator.tokenFor({ permissions: EVERYTHING });
    const pim = await emulator.get('/v1.0/roleManagement/directory/roleEligibilitySchedules', token);
    expect(pim).toMatchObject({ status: 400, body: { error: { code: 'AadPremiumLicenseRequired' } } });
    const free = stubEmulator({ licence: 'free', generate: { users: 5 } });
    const signIns = await free.get('/v1.0/auditLogs/signIns', free.tokenFor({ permissions: EVERYTHING }));
    expect(signIns).toMatchObject({ status: 403, body: { error: { code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' } } });
  });

  it('returns authorizationPolicy as a singleton on v1.0 and wrapped in value on beta, from the tenant settings', async () => {
    const emulator = stubEmulator({ settings: { authorizationPolicy: { allowInvitesFrom: 'none', guestUserRole: 'restricted' } } });
    const token = emulator.tokenFor({ permissions: ['Policy.Read.All'] });
    const v1 = (await emulator.get('/v1.0/policies/authorizationPolicy', token)).body as Body;
    expect(v1).toMatchObject({ id: 'authorizationPolicy', allowInvitesFrom: 'none', guestUserRoleId: '2af84b1e-32c8-42b7-82bc-daa82404023b' });
    expect(String(v1['@odata.context'])).toMatch(/\$metadata#policies\/authorizationPolicy\/\$entity$/);
    const beta = (await emulator.get('/beta/policies/authorizationPolicy', token)).body as Body;
    expect(beta.value).toEqual([expect.objectContaining({ allowInvitesFrom: 'none' })]);
  });

  it('reflects security defaults, methods and password expiry settings', async () => {
    const settings = { securityDefaultsEnabled: true, authenticationMethods: { sms: 'disabled' as const }, passwordValidityPeriodInDays: 90 };
    const emulator = stubEmulator({ settings, domains: ['contoso.example'] });
    const token = emulator.tokenFor({ permissions: ['Policy.Read.All', 'Domain.Read.All'] });
    expect((await emulator.get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', token)).body).toMatchObject({ isEnabled: true });
    const methods = (await emulator.get('/beta/policies/authenticationMethodsPolicy', token)).body as Body;
    expect(methods.authenticationMethodConfigurations).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'Sms', state: 'disabled' })]));
    expect(methods).toHaveProperty('systemCredentialPreferences');
    const domains = ((await emulator.get('/v1.0/domains', token)).body as Body).value;
    expect(domains?.map((domain) => domain.passwordValidityPeriodInDays)).toEqual([90, 90]);
  });

  it('lists the risky application permissions of generated apps, and restricted group creation', async () => {
    const emulator = stubEmulator({ appRegistrations: { count: 2, withRiskyPermissions: 1 }, settings: { groupCreationRestricted: true } });
    const token = emulator.tokenFor({ permissions: ['Application.Read.All', 'Directory.Read.All'] });
    const principals = ((await emulator.get('/v1.0/servicePrincipals', token)).body as Body).value ?? [];
    const grants = async (index: number) =>
      (((await emulator.get(`/v1.0/servicePrincipals/${String(principals[index].id)}/appRoleAssignments`, token)).body as Body).value ?? []).length;
    expect([await grants(1), await grants(2), await grants(3)]).toEqual([2, 0, 2]);
    const settings = ((await emulator.get('/v1.0/groupSettings', token)).body as Body).value;
    expect(settings?.[0]).toMatchObject({ displayName: 'Group.Unified', values: expect.arrayContaining([{ name: 'EnableGroupCreation', value: 'false' }]) });
  });

  it('resolves referenced ids with directoryObjects/getByIds, leaving out the ones that no longer exist', async () => {
    const emulator = stubEmulator({ generate: { users: 300, admins: 2 } });
    const token = emulator.tokenFor({ permissions: ['Directory.Read.All'] });
    const userId = String(emulator.tenant.population.user(250).id);
    const ids = [userId, '62e90394-69f5-4237-9190-012177145e10', '00000000-0000-4000-8000-00000000dead'];
    const send = async () =>
      (await emulator.send({ method: 'POST', path: '/v1.0/directoryObjects/getByIds', body: JSON.stringify({ ids }), headers: { authorization: `Bearer ${token}` } }))
        .body as Body;
    expect(((await send()).value ?? []).map((object) => [object['@odata.type'], object.id])).toEqual([
      ['#microsoft.graph.user', userId],
      ['#microsoft.graph.directoryRoleTemplate', ids[1]],
    ]);
  });

  it('lists generated apps with expired, expiring and long-lived secrets', async () => {
    const emulator = stubEmulator({ appRegistrations: { count: 1, expiredSecrets: 1, expiringSoon: 1, longLivedSecrets: 1 } });
    const token = emulator.tokenFor({ permissions: ['Application.Read.All'] });
    const apps = ((await emulator.get('/v1.0/applications', token)).body as Body).value ?? [];
    expect(apps).toHaveLength(5);
    const ends = apps.slice(0, 4).map((app) => Date.parse((app.passwordCredentials as Array<{ endDateTime: string }>)[0].endDateTime) - Date.now());
    expect(ends[1]).toBeLessThan(0);
    expect(ends[2]).toBeLessThan(15 * 86_400_000);
    expect(ends[3]).toBeGreaterThan(365 * 86_400_000);
  });
});
