import { ControlStatus } from '@trueconfig/common';
import { ControlDefinition } from '../../model/control-definition';
import { PATHS } from '../../testing/directory-fixtures';
import { evaluateControl } from '../../testing/evaluate-control';
import { AP_01, AP_02, AP_07 } from './app-consent.controls';
import { AuthorizationPolicy } from './define-azp-control';
import { GU_01, GU_02, GU_03 } from './guest.controls';
import { HY_02, HY_05, HY_06, HY_07 } from './user-rights.controls';

const HARDENED: AuthorizationPolicy = {
  id: 'authorizationPolicy',
  allowInvitesFrom: 'adminsAndGuestInviters',
  guestUserRoleId: '2af84b1e-32c8-42b7-82bc-daa82404023b',
  allowEmailVerifiedUsersToJoinOrganization: false,
  allowedToSignUpEmailBasedSubscriptions: false,
  allowUserConsentForRiskyApps: false,
  blockMsolPowerShell: true,
  defaultUserRolePermissions: {
    allowedToCreateApps: false,
    allowedToCreateSecurityGroups: false,
    allowedToCreateTenants: false,
    allowedToReadBitlockerKeysForOwnedDevice: false,
    permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team'],
  },
};

const rights = (changes: Partial<NonNullable<AuthorizationPolicy['defaultUserRolePermissions']>>): AuthorizationPolicy => ({
  ...HARDENED,
  defaultUserRolePermissions: { ...HARDENED.defaultUserRolePermissions, ...changes },
});

const run = (control: ControlDefinition, policy: unknown) => evaluateControl(control, { [PATHS.authorizationPolicy]: policy });

const failing: Array<[ControlDefinition, AuthorizationPolicy]> = [
  [AP_01, rights({ allowedToCreateApps: true })],
  [AP_02, rights({ permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'] })],
  [AP_07, { ...HARDENED, allowUserConsentForRiskyApps: true }],
  [GU_01, { ...HARDENED, guestUserRoleId: 'a0b1b346-4d3e-4e8b-98f8-753987be4970' }],
  [GU_02, { ...HARDENED, allowInvitesFrom: 'everyone' }],
  [GU_03, { ...HARDENED, allowedToSignUpEmailBasedSubscriptions: true }],
  [HY_02, rights({ allowedToCreateTenants: true })],
  [HY_05, rights({ allowedToCreateSecurityGroups: true })],
  [HY_06, rights({ allowedToReadBitlockerKeysForOwnedDevice: true })],
  [HY_07, { ...HARDENED, blockMsolPowerShell: false }],
];

describe.each(failing)('%s over the authorization policy', (control, weak) => {
  it('passes on a hardened policy', () => {
    expect(run(control, HARDENED).status).toBe(ControlStatus.PASS);
  });

  it('fails on the weak setting, naming it and the expected value', () => {
    const result = run(control, weak);
    expect(result).toMatchObject({ status: ControlStatus.FAIL, affectedCount: 1 });
    expect(result.evidence[0].kind).toBe('setting');
    expect(result.summary).toContain('expected');
  });

  it('accepts the beta shape (the singleton wrapped in value)', () => {
    expect(evaluateControl(control, { 'beta/policies/authorizationPolicy': { value: [weak] } }).status).toBe(ControlStatus.FAIL);
  });

  it('is an ERROR, never a FAIL, when the policy cannot be read', () => {
    expect(run(control, { error: { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }).status).toBe(ControlStatus.ERROR);
  });
});

describe('settings with more than two outcomes', () => {
  it('AP-02 tolerates low-risk consent with a warning', () => {
    const low = rights({ permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-low'] });
    expect(run(AP_02, low)).toMatchObject({ status: ControlStatus.WARN, affectedCount: 1 });
  });

  it('GU-01 accepts the limited guest role; GU-02 accepts no invitations at all', () => {
    expect(run(GU_01, { ...HARDENED, guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3' }).status).toBe(ControlStatus.PASS);
    expect(run(GU_02, { ...HARDENED, allowInvitesFrom: 'none' }).status).toBe(ControlStatus.PASS);
    expect(run(GU_02, { ...HARDENED, allowInvitesFrom: 'adminsGuestInvitersAndAllMembers' }).status).toBe(ControlStatus.FAIL);
  });

  it('AP-07 treats an unset override as safe', () => {
    expect(run(AP_07, { ...HARDENED, allowUserConsentForRiskyApps: null }).status).toBe(ControlStatus.PASS);
  });
});
