import { AZP_GRAPH, defineAzpControl } from './define-azp-control';

const RESTRICTED = '2af84b1e-32c8-42b7-82bc-daa82404023b';
const LIMITED = '10dae51f-b6af-4016-8d66-8c2a99b929b3';
const EXTERNAL_SETTINGS = 'Entra admin center → Identity → External Identities → External collaboration settings';

export const GU_01 = defineAzpControl({
  id: 'GU-01',
  title: 'Guest access restricted',
  description: 'Guests have limited or restricted access to directory objects, not the same access as members.',
  severity: 'medium',
  level: 'L1',
  references: { cis: ['5.1.6.2'], scuba: ['MS.AAD.8.1v1'] },
  rationale: 'Guests with member access can enumerate every user, group and device — reconnaissance for an attacker who compromises one guest.',
  remediation: [
    `${EXTERNAL_SETTINGS} → Guest user access: Guest user access is restricted to properties and memberships of their own directory objects → Save.`,
    `${AZP_GRAPH} { "guestUserRoleId": "${RESTRICTED}" }.`,
  ],
  check: {
    setting: 'guestUserRoleId',
    read: (p) => p.guestUserRoleId,
    judge: (v) => (v === RESTRICTED || v === LIMITED ? 'pass' : 'fail'),
    expected: `${LIMITED} (limited) or ${RESTRICTED} (restricted)`,
  },
});

export const GU_02 = defineAzpControl({
  id: 'GU-02',
  title: 'Only admins and Guest Inviters invite guests',
  description: 'Guest invitations are limited to administrators and the Guest Inviter role (or turned off).',
  severity: 'medium',
  level: 'L1',
  references: { cis: ['5.1.6.3'], scuba: ['MS.AAD.8.2v1'] },
  rationale: 'When every member can invite, external accounts enter the tenant without review.',
  remediation: [
    `${EXTERNAL_SETTINGS} → Guest invite settings: Only users assigned to specific admin roles can invite guest users → Save.`,
    `${AZP_GRAPH} { "allowInvitesFrom": "adminsAndGuestInviters" }.`,
  ],
  check: {
    setting: 'allowInvitesFrom',
    read: (p) => p.allowInvitesFrom,
    judge: (v) => (v === 'adminsAndGuestInviters' || v === 'none' ? 'pass' : 'fail'),
    expected: 'adminsAndGuestInviters or none',
  },
});

export const GU_03 = defineAzpControl({
  id: 'GU-03',
  title: 'Email-verified self-join and self-service sign-up off',
  description: 'Users cannot join the tenant by verifying an email address, nor sign up for email-based subscriptions.',
  severity: 'medium',
  level: 'L1',
  references: { eidsca: ['EIDSCA.AP05', 'EIDSCA.AP06'] },
  rationale: 'Self-service join creates unmanaged (viral) accounts in the tenant outside any joiner process.',
  remediation: [
    'PowerShell (Microsoft Graph): Update-MgPolicyAuthorizationPolicy -AllowEmailVerifiedUsersToJoinOrganization:$false -AllowedToSignUpEmailBasedSubscriptions:$false.',
    `${AZP_GRAPH} { "allowEmailVerifiedUsersToJoinOrganization": false, "allowedToSignUpEmailBasedSubscriptions": false }.`,
  ],
  check: {
    setting: 'allowEmailVerifiedUsersToJoinOrganization / allowedToSignUpEmailBasedSubscriptions',
    read: (p) => [p.allowEmailVerifiedUsersToJoinOrganization ?? null, p.allowedToSignUpEmailBasedSubscriptions ?? null],
    judge: (v) => ((v as unknown[]).every((x) => x === false) ? 'pass' : 'fail'),
    expected: '[false,false]',
  },
});
