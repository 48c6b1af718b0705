import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { stubEmulator } from '../testing/pipeline.stub';

const AUDIT_READER = { permissions: ['AuditLog.Read.All'] };

function setup() {
  const emulator = stubEmulator({ generate: { users: 10, seed: 4 }, conditionalAccess: [{ kind: 'blockLegacyAuthentication' }] });
  // The generated history ends at the tenant's creation; changes come strictly after it.
  const since = new Date(emulator.tenant.referenceMs + 1).toISOString();
  while (Date.now() <= emulator.tenant.referenceMs + 1) {
    // a millisecond at most
  }
  const patchTenant = (body: unknown) => emulator.send({ method: 'PATCH', path: `/_emulator/tenants/${emulator.tenant.tenantId}`, body: JSON.stringify(body) });
  const auditsSince = async (): Promise<DirectoryAudit[]> => {
    const response = await emulator.get(`/v1.0/auditLogs/directoryAudits?$filter=activityDateTime ge ${since}`, emulator.tokenFor(AUDIT_READER));
    expect(response.status).toBe(200);
    return (response.body as { value: DirectoryAudit[] }).value;
  };
  return { emulator, patchTenant, auditsSince };
}

describe('directory audits for changes made through the control API', () => {
  it('records who changed which authorization policy property, when, with old and new values', async () => {
    const { patchTenant, auditsSince } = setup();
    const before = Date.now();
    const response = await patchTenant({ settings: { authorizationPolicy: { allowInvitesFrom: 'none', guestUserRole: 'restricted' } }, actor: 'alice.admin@contoso.example' });
    expect(response.status).toBe(200);

    const [entry, ...others] = await auditsSince();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      category: 'Policy',
      activityDisplayName: 'Update authorization policy',
      result: 'success',
      initiatedBy: { user: { userPrincipalName: 'alice.admin@contoso.example', id: expect.stringMatching(/^[0-9a-f-]{36}$/) }, app: null },
      targetResources: [
        {
          id: 'authorizationPolicy',
          displayName: 'Authorization Policy',
          type: 'Policy',
          modifiedProperties: [
            { displayName: 'allowInvitesFrom', oldValue: '"everyone"', newValue: '"none"' },
            { displayName: 'guestUserRoleId', oldValue: '"10dae51f-b6af-4016-8d66-8c2a99b929b3"', newValue: '"2af84b1e-32c8-42b7-82bc-daa82404023b"' },
          ],
        },
      ],
    });
    expect(Date.parse(entry.activityDateTime as string)).toBeGreaterThanOrEqual(before - 1);
  });

  it("defaults the actor to the tenant's admin, accepts an app, and records nothing when nothing changed", async () => {
    const { emulator, patchTenant, auditsSince } = setup();
    await patchTenant({ settings: { securityDefaultsEnabled: true } });
    await patchTenant({ settings: { pim: { approvalRequiredForGlobalAdmin: true } }, actor: { app: { displayName: 'Terraform' } } });
    await patchTenant({ settings: { authorizationPolicy: { allowInvitesFrom: 'everyone' } } });
    await patchTenant({ licence: 'p2' });

    const audits = await auditsSince();
    expect(audits.map((a) => a.activityDisplayName)).toEqual(['Update role setting in PIM', 'Update policy']);
    expect(audits[0]).toMatchObject({ category: 'RoleManagement', initiatedBy: { user: null, app: { displayName: 'Terraform' } } });
    expect(audits[1]).toMatchObject({
      initiatedBy: { user: { userPrincipalName: `admin@${emulator.tenant.initialDomain}` } },
      targetResources: [{ displayName: 'Security Defaults', modifiedProperties: [{ displayName: 'isEnabled', oldValue: 'false', newValue: 'true' }] }],
    });
  });

  it('changes a Conditional Access policy and records "Update conditional access policy"', async () => {
    const { emulator, auditsSince } = setup();
    const base = `/_emulator/tenants/${emulator.tenant.tenantId}/conditionalAccessPolicies`;
    const listed = (await emulator.send({ method: 'GET', path: base })).body as { value: Array<{ id: string; displayName: string; state: string }> };
    const [policy] = listed.value;
    expect(policy.state).toBe('enabled');

    const body = JSON.stringify({ state: 'enabledForReportingButNotEnforced', actor: { userPrincipalName: 'bob@contoso.example', id: 'u-bob' } });
    const patched = await emulator.send({ method: 'PATCH', path: `${base}/${policy.id}`, body });
    expect(patched).toMatchObject({ status: 200, body: { id: policy.id, state: 'enabledForReportingButNotEnforced' } });
    expect(emulator.tenant.conditionalAccessPolicies[0].state).toBe('enabledForReportingButNotEnforced');

    const [entry] = await auditsSince();
    expect(entry).toMatchObject({
      activityDisplayName: 'Update conditional access policy',
      initiatedBy: { user: { id: 'u-bob', userPrincipalName: 'bob@contoso.example' } },
      targetResources: [{ id: policy.id, displayName: policy.displayName, type: 'Policy', modifiedProperties: [{ displayName: 'state', oldValue: '"enabled"', newValue: '"enabledForReportingButNotEnforced"' }] }],
    });
    expect((await emulator.send({ method: 'PATCH', path: `${base}/nope`, body })).status).toBe(404);
    expect((await emulator.send({ method: 'PATCH', path: `${base}/${policy.id}`, body: '{"state":"on"}' })).status).toBe(400);
  });

  it('keeps the generated history after the recorded changes', async () => {
    const { emulator, patchTenant } = setup();
    await patchTenant({ settings: { groupCreationRestricted: true }, actor: 'carol@contoso.example' });
    const page = (await emulator.get('/v1.0/auditLogs/directoryAudits?$top=3', emulator.tokenFor(AUDIT_READER))).body as { value: DirectoryAudit[] };
    expect(page.value[0]).toMatchObject({ activityDisplayName: 'Update directory setting', targetResources: [{ id: 'Group.Unified' }] });
    expect(page.value.slice(1).every((a) => Date.parse(a.activityDateTime as string) <= emulator.tenant.referenceMs)).toBe(true);
  });
});
