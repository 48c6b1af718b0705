import { ControlStatus } from '@trueconfig/common';
import { createEvaluation } from '../../evaluation/create-evaluation';
import { directoryUser, EXCHANGE_ADMIN, GA, PATHS, roleAssignment, SECURITY_ADMIN, servicePrincipalAssignment } from '../../testing/directory-fixtures';
import { daysAgo, evaluateControl, licenceGate } from '../../testing/evaluate-control';
import { PA_01, PA_02 } from './pa-01.control';
import { PA_08 } from './pa-08.control';
import { PA_04, PA_05 } from './pa-pim.controls';
import { PA_06, PA_07 } from './pa-role-settings.controls';
import { PA_03, PA_09 } from './pa-user-join.controls';

const assignments = (...rows: unknown[]) => ({ [PATHS.roleAssignments]: rows });

describe('PA-01 Global Administrator count', () => {
  const gas = (n: number) => Array.from({ length: n }, (_, i) => roleAssignment(`ga${i}`));

  it('passes inside the band, counting a role group\'s members and a user holding the role twice once', () => {
    const group = { ...roleAssignment('grp'), principal: { '@odata.type': '#microsoft.graph.group', id: 'grp', displayName: 'GA group' } };
    const data = { ...assignments(roleAssignment('ga0'), group, { ...roleAssignment('ga0'), id: 'dup' }), [PATHS.roleGroups]: [{ id: 'grp', displayName: 'GA group', members: [{ id: 'ga1' }, { id: 'ga2' }] }], [PATHS.eligibility]: licenceGate('AadPremiumLicenseRequired') };
    expect(evaluateControl(PA_01, data)).toMatchObject({ status: ControlStatus.PASS, metric: 3, summary: '3 Global Administrators; band 2–4.' });
  });

  it('counts eligible assignments too', () => {
    const data = { ...assignments(roleAssignment('ga0')), [PATHS.eligibility]: [{ id: 'e1', principalId: 'ga9', roleDefinitionId: GA, directoryScopeId: '/' }] };
    expect(evaluateControl(PA_01, data).metric).toBe(2);
  });

  it('fails above and below the band, which is configurable (SCuBA 2–8)', () => {
    expect(evaluateControl(PA_01, assignments(...gas(5)))).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
    expect(evaluateControl(PA_01, assignments(...gas(1))).status).toBe(ControlStatus.FAIL);
    expect(evaluateControl(PA_01, { ...assignments(...gas(5)), [PATHS.eligibility]: [] }, { settings: { thresholds: { globalAdminMax: 8 } } }).status).toBe(ControlStatus.PASS);
  });

  it('is DEGRADED inside the band when eligibility is refused for permission', () => {
    const data = { ...assignments(...gas(2)), [PATHS.eligibility]: { error: { status: 403, code: 'Authorization_RequestDenied', message: 'denied' } } };
    expect(evaluateControl(PA_01, data).status).toBe(ControlStatus.DEGRADED);
  });
});

describe('PA-02 least privilege ratio', () => {
  it('passes when narrower roles outnumber Global Administrators, fails otherwise', () => {
    expect(evaluateControl(PA_02, assignments(roleAssignment('g1'), roleAssignment('x1', EXCHANGE_ADMIN), roleAssignment('x2', SECURITY_ADMIN))).status).toBe(ControlStatus.PASS);
    const result = evaluateControl(PA_02, assignments(roleAssignment('g1'), roleAssignment('g2'), roleAssignment('x1', EXCHANGE_ADMIN)));
    expect(result).toMatchObject({ status: ControlStatus.FAIL, metric: 2, affectedCount: 1 });
  });
});

describe('PA-03 cloud-only and PA-09 no guests (joined to the user directory)', () => {
  const roles = assignments(roleAssignment('a1'), roleAssignment('a2', EXCHANGE_ADMIN));
  const users = [directoryUser('a1'), directoryUser('a2', { onPremisesSyncEnabled: true }), directoryUser('m1', { onPremisesSyncEnabled: true }), directoryUser('g1', { userType: 'Guest' })];

  it('PA-03 fails on a synced admin only (synced members ignored), whatever the dataset order and page size', () => {
    const result = evaluateControl(PA_03, { [PATHS.users]: users, ...roles }, { pageSize: 1 });
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1, summary: '1 of 2 privileged users are synchronised from on-premises.' });
    expect(result.evidence[0]).toMatchObject({ id: 'a2', detail: 'Exchange Administrator (active): onPremisesSyncEnabled true' });
    expect(evaluateControl(PA_03, { [PATHS.users]: [directoryUser('a1'), directoryUser('a2')], ...roles }).status).toBe(ControlStatus.PASS);
  });

  it('PA-09 fails on a guest admin and passes without', () => {
    expect(evaluateControl(PA_09, { [PATHS.users]: users, ...assignments(roleAssignment('g1', SECURITY_ADMIN)) }).status).toBe(ControlStatus.FAIL);
    expect(evaluateControl(PA_09, { [PATHS.users]: users, ...roles }).status).toBe(ControlStatus.PASS);
  });

  it('is an ERROR without the user directory', () => {
    expect(evaluateControl(PA_09, roles).status).toBe(ControlStatus.ERROR);
  });
});

describe('PA-04 and PA-05 PIM assignments (P2)', () => {
  const instance = (id: string, principalId: string, overrides: Record<string, unknown> = {}) => ({
    id, principalId, roleDefinitionId: GA, directoryScopeId: '/', assignmentType: 'Activated', startDateTime: daysAgo(1), endDateTime: daysAgo(-1), ...overrides,
  });
  const run = (control: typeof PA_04, rows: unknown[], settings = {}) => evaluateControl(control, { [PATHS.instances]: rows }, { licence: 'p2', settings });

  it('PA-04 fails on a permanent active assignment, exempting break-glass', () => {
    const permanent = instance('i2', 'u2', { assignmentType: 'Assigned', endDateTime: null });
    expect(run(PA_04, [instance('i1', 'u1'), permanent]).status).toBe(ControlStatus.FAIL);
    expect(run(PA_04, [instance('i1', 'u1'), permanent], { breakGlassAccounts: ['u2'] }).status).toBe(ControlStatus.PASS);
  });

  it('PA-05 fails on an assignment without a PIM schedule', () => {
    expect(run(PA_05, [instance('i1', 'u1', { startDateTime: null })]).status).toBe(ControlStatus.FAIL);
    expect(run(PA_05, [instance('i1', 'u1')]).status).toBe(ControlStatus.PASS);
  });

  it('is NOT_APPLICABLE without P2, whether the licence is known or Graph says so', () => {
    expect(evaluateControl(PA_04, { [PATHS.instances]: [] }, { licence: 'p1' }).status).toBe(ControlStatus.NOT_APPLICABLE);
    expect(evaluateControl(PA_05, { [PATHS.instances]: licenceGate('AadPremiumLicenseRequired') }).status).toBe(ControlStatus.NOT_APPLICABLE);
  });
});

describe('PA-06 and PA-07 Global Administrator role settings (P2)', () => {
  const rules = (approval: boolean, recipients: string[]) => [
    { id: 'Approval_EndUser_Assignment', setting: { isApprovalRequired: approval, approvalStages: [{ primaryApprovers: [{ id: 'x' }] }] } },
    ...['Notification_Admin_Admin_Eligibility', 'Notification_Admin_Admin_Assignment', 'Notification_Admin_EndUser_Assignment'].map((id) => ({ id, notificationRecipients: recipients })),
  ];
  const run = (control: typeof PA_06, policyRules: unknown[] | null) =>
    evaluateControl(control, { [PATHS.roleSettings]: policyRules ? [{ id: 'x', roleDefinitionId: GA, policy: { rules: policyRules } }] : [] }, { licence: 'p2' });

  it('PA-06 passes with approval required, fails without, fails when the settings are missing', () => {
    expect(run(PA_06, rules(true, []))).toMatchObject({ status: ControlStatus.PASS, metric: 1 });
    expect(run(PA_06, rules(false, [])).status).toBe(ControlStatus.FAIL);
    expect(run(PA_06, null).status).toBe(ControlStatus.FAIL);
  });

  it('PA-07 passes with named recipients and fails naming the silent alerts', () => {
    expect(run(PA_07, rules(true, ['soc@contoso.example'])).status).toBe(ControlStatus.PASS);
    expect(run(PA_07, rules(true, [])).summary).toBe('No named recipients for Global Administrator eligible assignment, active assignment, activation alerts.');
  });
});

describe('PA-08 privileged service principals without secrets', () => {
  const roles = assignments(servicePrincipalAssignment('sp1', SECURITY_ADMIN, 'app-1'), servicePrincipalAssignment('sp2', GA, 'app-2'));

  it('fails when the SP or its application has a secret', () => {
    const data = { ...roles, [PATHS.servicePrincipals]: [{ id: 'sp1', passwordCredentials: [{ keyId: 'k' }] }, { id: 'sp2', passwordCredentials: [] }], [PATHS.applications]: [{ id: 'o2', appId: 'app-2', passwordCredentials: [{ keyId: 'k' }] }] };
    expect(evaluateControl(PA_08, data)).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 2 });
  });

  it('passes with certificates only', () => {
    const data = { ...roles, [PATHS.servicePrincipals]: [{ id: 'sp1', passwordCredentials: [], keyCredentials: [{ keyId: 'c' }] }], [PATHS.applications]: [] };
    expect(evaluateControl(PA_08, data)).toMatchObject({ status: ControlStatus.PASS, summary: 'None of 2 privileged service principals has a client secret.' });
  });
});

describe('user joins in any dataset order', () => {
  it('PA-09 finds a guest admin when users arrive before the role data, and evaluations do not share state', () => {
    for (let round = 0; round < 2; round++) {
      const guestId = `guest-${round}`;
      const evaluation = createEvaluation([PA_09]);
      evaluation.feed(PATHS.users, [directoryUser('m1'), directoryUser(guestId, { userType: 'Guest' })]);
      evaluation.complete(PATHS.users);
      evaluation.feed(PATHS.roleAssignments, [roleAssignment(guestId, SECURITY_ADMIN, { userPrincipalName: `${guestId}@contoso.example` })]);
      evaluation.complete(PATHS.roleAssignments);
      const [result] = evaluation.finish();
      expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
      expect(result.evidence[0].id).toBe(guestId);
    }
  });
});
