import { stubEmulator } from '../../testing/pipeline.stub';

type Body = { value: Array<Record<string, unknown>> };
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

describe('PIM role management policies', () => {
  it('requires approval for Global Administrator activation and notifies the configured recipients', async () => {
    const settings = { pim: { approvalRequiredForGlobalAdmin: true, notificationRecipients: ['secops@contoso.example'] } };
    const emulator = stubEmulator({ licence: 'p2', settings });
    const token = emulator.tokenFor({ permissions: ['RoleManagement.Read.Directory'] });
    const filter = `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${GLOBAL_ADMIN}'`;
    const assignments = (await emulator.get(`/v1.0/policies/roleManagementPolicyAssignments?$filter=${encodeURIComponent(filter)}`, token)).body as Body;
    expect(assignments.value).toHaveLength(1);
    const rules = (await emulator.get(`/v1.0/policies/roleManagementPolicies/${String(assignments.value[0].policyId)}/rules`, token)).body as Body;
    expect(rules.value[0]).toMatchObject({ id: 'Approval_EndUser_Assignment', setting: { isApprovalRequired: true } });
    expect(rules.value.slice(1).every((rule) => (rule.notificationRecipients as string[])[0] === 'secops@contoso.example')).toBe(true);
  });

  it('answers AadPremiumLicenseRequired without P2', async () => {
    const emulator = stubEmulator({ licence: 'p1' });
    const response = await emulator.get('/v1.0/policies/roleManagementPolicyAssignments', emulator.tokenFor({ permissions: ['Policy.Read.All'] }));
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'AadPremiumLicenseRequired' } } });
  });
});
