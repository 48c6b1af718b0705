import { AZP_GRAPH, AZP_PORTAL, AuthorizationPolicy, defineAzpControl } from './define-azp-control';

type Right = keyof NonNullable<AuthorizationPolicy['defaultUserRolePermissions']>;

const denied = (right: Right) => ({
  setting: `defaultUserRolePermissions.${right}`,
  read: (p: AuthorizationPolicy) => p.defaultUserRolePermissions?.[right],
  judge: (v: unknown) => (v === false ? ('pass' as const) : ('fail' as const)),
  expected: 'false',
});

export const HY_02 = defineAzpControl({
  id: 'HY-02',
  title: 'Users cannot create tenants',
  description: 'Default user permissions do not allow non-admin users to create new Entra tenants.',
  severity: 'low',
  level: 'L1',
  references: { cis: ['5.1.2.3'], maester: ['MT.1068'] },
  rationale: 'Tenants created by users sit outside the organisation\'s governance but carry its name.',
  remediation: [`${AZP_PORTAL} → Restrict non-admin users from creating tenants: Yes → Save.`, `${AZP_GRAPH} { "defaultUserRolePermissions": { "allowedToCreateTenants": false } }.`],
  check: denied('allowedToCreateTenants'),
});

export const HY_05 = defineAzpControl({
  id: 'HY-05',
  title: 'Users cannot create security groups',
  description: 'Default user permissions do not allow non-admin users to create security groups.',
  severity: 'low',
  level: 'L2',
  references: {},
  rationale: 'User-created security groups proliferate and can be granted access nobody reviews.',
  remediation: [
    'Entra admin center → Identity → Groups → General → Users can create security groups in Azure portals, API or PowerShell: No → Save.',
    `${AZP_GRAPH} { "defaultUserRolePermissions": { "allowedToCreateSecurityGroups": false } }.`,
  ],
  check: denied('allowedToCreateSecurityGroups'),
});

export const HY_06 = defineAzpControl({
  id: 'HY-06',
  title: 'Users cannot read BitLocker keys of their devices',
  description: 'Default user permissions do not let users recover the BitLocker keys of devices they own.',
  severity: 'low',
  level: 'L2',
  references: { cis: ['5.1.4.6'], maester: ['MT.1069'] },
  rationale: 'A compromised account could otherwise read the recovery key of a stolen laptop.',
  remediation: [
    'Entra admin center → Identity → Devices → Device settings → Restrict users from recovering the BitLocker key(s) for their owned devices: Yes → Save.',
    `${AZP_GRAPH} { "defaultUserRolePermissions": { "allowedToReadBitlockerKeysForOwnedDevice": false } }.`,
  ],
  check: denied('allowedToReadBitlockerKeysForOwnedDevice'),
});

export const HY_07 = defineAzpControl({
  id: 'HY-07',
  title: 'Legacy MSOnline PowerShell blocked',
  description: 'The authorization policy blocks the retired MSOnline PowerShell module (blockMsolPowerShell true).',
  severity: 'low',
  level: 'L2',
  references: {},
  rationale: 'MSOnline used legacy endpoints that Conditional Access could not fully govern.',
  remediation: [`${AZP_GRAPH} { "blockMsolPowerShell": true }.`],
  check: { setting: 'blockMsolPowerShell', read: (p) => p.blockMsolPowerShell, judge: (v) => (v === true ? 'pass' : 'fail'), expected: 'true' },
});
