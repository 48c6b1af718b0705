import { ControlStatus } from '@trueconfig/common';
import { ControlDefinition } from '../../model/control-definition';
import { EXCHANGE_ADMIN, GA, PATHS } from '../../testing/directory-fixtures';
import { evaluateControl } from '../../testing/evaluate-control';
import { BLOCK, CA_PATH, caPolicy, CaOverrides, MANAGED_DEVICE, PHISHING_RESISTANT } from '../../testing/policy-fixtures';
import { HIGHLY_PRIVILEGED_ROLES, PRIVILEGED_ROLES } from '../../roles/privileged-roles';
import { CA_01 } from './ca-01.control';
import { CA_02 } from './ca-02.control';
import { CA_03 } from './ca-03.control';
import { CA_04 } from './ca-04.control';
import { CA_05 } from './ca-05.control';
import { CA_06 } from './ca-06.control';
import { CA_07 } from './ca-07.control';
import { CA_08 } from './ca-08.control';
import { CA_09 } from './ca-09.control';
import { CA_10 } from './ca-10.control';
import { AZURE_MANAGEMENT_APP, CA_14 } from './ca-14.control';

const run = (control: ControlDefinition, policies: CaOverrides[], licence?: 'p1' | 'p2') => evaluateControl(control, { [CA_PATH]: policies.map(caPolicy) }, { licence });
const reportOnly = (p: CaOverrides): CaOverrides => ({ ...p, state: 'enabledForReportingButNotEnforced' });
const allPrivileged = Object.keys(PRIVILEGED_ROLES);
const highlyPrivileged = Object.keys(HIGHLY_PRIVILEGED_ROLES);

/** Per control: a policy that satisfies it, and one that almost does (wrong grant or scope). */
const cases: Array<[ControlDefinition, CaOverrides, CaOverrides]> = [
  [CA_01, { grant: BLOCK, conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] } }, { grant: BLOCK, conditions: { clientAppTypes: ['exchangeActiveSync'] } }],
  [CA_02, {}, { users: { excludeUsers: ['contractor'] } }],
  [CA_03, { users: { includeUsers: [], includeRoles: allPrivileged } }, { users: { includeUsers: [], includeRoles: [GA] } }],
  [CA_04, { users: { includeUsers: [], includeRoles: highlyPrivileged }, grant: PHISHING_RESISTANT }, { users: { includeUsers: [], includeRoles: highlyPrivileged } }],
  [CA_05, { grant: PHISHING_RESISTANT }, { grant: PHISHING_RESISTANT, conditions: { platforms: { includePlatforms: ['windows'] } } }],
  [CA_06, { grant: { operator: 'AND', builtInControls: ['mfa', 'passwordChange'] }, conditions: { userRiskLevels: ['high'] } }, { grant: { builtInControls: ['mfa'] }, conditions: { userRiskLevels: ['high'] } }],
  [CA_07, { grant: BLOCK, conditions: { signInRiskLevels: ['high', 'medium'] } }, { grant: BLOCK, conditions: { signInRiskLevels: ['medium'] } }],
  [CA_08, { grant: BLOCK, conditions: { authenticationFlows: { transferMethods: 'deviceCodeFlow' } } }, { grant: BLOCK, conditions: { authenticationFlows: { transferMethods: 'deviceCodeFlow' }, locations: { includeLocations: ['x'] } } }],
  [CA_09, { applications: { includeApplications: [], includeUserActions: ['urn:user:registersecurityinfo'] }, grant: MANAGED_DEVICE }, { applications: { includeApplications: [], includeUserActions: ['urn:user:registersecurityinfo'] } }],
  [CA_10, { grant: MANAGED_DEVICE }, { grant: { builtInControls: ['compliantDevice', 'mfa'] } }],
  [CA_14, { applications: { includeApplications: [AZURE_MANAGEMENT_APP] } }, { applications: { includeApplications: [AZURE_MANAGEMENT_APP] }, users: { excludeGroups: ['g'] } }],
];

describe.each(cases)('%s', (control, satisfying, almost) => {
  const licence = control.licence === 'p2' ? 'p2' : undefined;

  it('passes with an enabled policy, naming it', () => {
    const result = run(control, [satisfying], licence);
    expect(result.status).toBe(ControlStatus.PASS);
    expect(result.summary).toContain('Enabled policy "Policy ca-1"');
  });

  it('warns when only a report-only policy would pass, naming it', () => {
    const result = run(control, [reportOnly(satisfying)], licence);
    expect(result).toMatchObject({ status: ControlStatus.WARN, affectedCount: 1 });
    expect(result.summary).toMatch(/^Only report-only policy "Policy ca-1" .*: not enforced\.$/);
  });

  it('fails when the only candidate falls short, with the reason as evidence', () => {
    const result = run(control, [almost], licence);
    expect(result.status).toBe(ControlStatus.FAIL);
    expect(result.summary).toMatch(/^No enabled policy /);
  });

  it('fails without any policy', () => {
    expect(run(control, [], licence).status).toBe(ControlStatus.FAIL);
  });
});

describe('combinations and scopes', () => {
  it('CA-01 passes with legacy protocols split across two block policies', () => {
    const result = run(CA_01, [
      { id: 'eas', displayName: 'Block EAS', grant: BLOCK, conditions: { clientAppTypes: ['exchangeActiveSync'] } },
      { id: 'other', displayName: 'Block other', grant: BLOCK, conditions: { clientAppTypes: ['other'] } },
    ]);
    expect(result.status).toBe(ControlStatus.PASS);
    expect(result.summary).toBe('Enabled policies "Block EAS" and "Block other" together block legacy authentication (Exchange ActiveSync and other clients) for all users and all cloud apps.');
  });

  it('CA-03 passes with the privileged roles split across policies, or a policy for all users', () => {
    const half = allPrivileged.length / 2;
    const split = [
      { id: 'a', users: { includeUsers: [], includeRoles: allPrivileged.slice(0, half) } },
      { id: 'b', users: { includeUsers: [], includeRoles: allPrivileged.slice(half) } },
    ];
    expect(run(CA_03, split).status).toBe(ControlStatus.PASS);
    expect(run(CA_03, [{}]).status).toBe(ControlStatus.PASS);
    expect(run(CA_03, [{ users: { includeUsers: [], includeRoles: [GA, EXCHANGE_ADMIN] } }]).evidence[0].detail).toContain('does not include');
  });

  it('CA-04 does not accept plain MFA, and CA-03 accepts a phishing-resistant strength', () => {
    const roles = { users: { includeUsers: [], includeRoles: allPrivileged } };
    expect(run(CA_04, [roles]).status).toBe(ControlStatus.FAIL);
    expect(run(CA_03, [{ ...roles, grant: PHISHING_RESISTANT }]).status).toBe(ControlStatus.PASS);
  });

  it('CA-06 and CA-07 are not applicable below P2, CA-06 accepts block', () => {
    expect(run(CA_06, [{ grant: BLOCK, conditions: { userRiskLevels: ['high'] } }], 'p1').status).toBe(ControlStatus.NOT_APPLICABLE);
    expect(run(CA_07, [], 'p1').summary).toBe('CA-07 needs an Entra ID P2 licence, which the tenant does not have.');
    expect(run(CA_06, [{ grant: BLOCK, conditions: { userRiskLevels: ['high'] } }], 'p2').status).toBe(ControlStatus.PASS);
  });

  it('CA-14 passes with an all-apps MFA policy too', () => {
    expect(run(CA_14, [{}]).status).toBe(ControlStatus.PASS);
  });

  it('reports a Conditional Access read refused for permission as ERROR, never FAIL', () => {
    const denied = { error: { status: 403, code: 'AccessDenied', message: 'You cannot perform the requested operation, required scopes are missing in the token.' } };
    const result = evaluateControl(CA_02, { [CA_PATH]: denied });
    expect(result).toMatchObject({ status: ControlStatus.ERROR, summary: 'Conditional Access policy data is unavailable (requires Policy.Read.All): CA-02 cannot be evaluated.' });
  });

  it('reports a tenant without P1 as NOT_APPLICABLE', () => {
    expect(evaluateControl(CA_02, { [CA_PATH]: [] }, { licence: 'free' }).status).toBe(ControlStatus.NOT_APPLICABLE);
    expect(evaluateControl(CA_02, { [PATHS.users]: [] }).status).toBe(ControlStatus.ERROR);
  });
});
