import { AZP_GRAPH, AZP_PORTAL, defineAzpControl } from './define-azp-control';

export const AP_01 = defineAzpControl({
  id: 'AP-01',
  title: 'Only administrators register applications',
  description: 'Default user permissions do not allow users to register applications.',
  severity: 'medium',
  level: 'L1',
  references: { cis: ['5.1.2.2'], scuba: ['MS.AAD.5.1v1'], eidsca: ['EIDSCA.AP10'] },
  rationale: 'User-registered apps can be turned into consent-phishing lures and persistent back doors.',
  remediation: [`${AZP_PORTAL} → Users can register applications: No → Save.`, `${AZP_GRAPH} { "defaultUserRolePermissions": { "allowedToCreateApps": false } }.`],
  check: {
    setting: 'defaultUserRolePermissions.allowedToCreateApps',
    read: (p) => p.defaultUserRolePermissions?.allowedToCreateApps,
    judge: (v) => (v === false ? 'pass' : 'fail'),
    expected: 'false',
  },
});

const LEGACY_CONSENT = 'ManagePermissionGrantsForSelf.microsoft-user-default-legacy';

export const AP_02 = defineAzpControl({
  id: 'AP-02',
  title: 'User consent to applications restricted',
  description: 'Users cannot consent to applications on their own; consent to verified publishers\' low-risk permissions is tolerated with a warning.',
  severity: 'high',
  level: 'L1',
  references: { cis: ['5.1.5.1'], scuba: ['MS.AAD.5.2v1'] },
  rationale: 'Consent phishing grants an attacker\'s app mailbox and file access without any password.',
  remediation: [
    'Entra admin center → Identity → Applications → Enterprise applications → Consent and permissions → User consent settings → Do not allow user consent → Save.',
    `${AZP_GRAPH} { "defaultUserRolePermissions": { "permissionGrantPoliciesAssigned": [] } }.`,
  ],
  check: {
    setting: 'defaultUserRolePermissions.permissionGrantPoliciesAssigned',
    read: (p) => (p.defaultUserRolePermissions?.permissionGrantPoliciesAssigned ?? []).filter((id) => id.startsWith('ManagePermissionGrantsForSelf')),
    judge: (v) => {
      const policies = v as string[];
      if (policies.length === 0) return 'pass';
      return policies.includes(LEGACY_CONSENT) || policies.some((id) => !id.endsWith('microsoft-user-default-low')) ? 'fail' : 'warn';
    },
    expected: 'no ManagePermissionGrantsForSelf policy',
  },
});

export const AP_07 = defineAzpControl({
  id: 'AP-07',
  title: 'User consent to risky applications blocked',
  description: 'Users cannot consent to applications Microsoft flags as risky (allowUserConsentForRiskyApps not true).',
  severity: 'medium',
  level: 'L1',
  references: {},
  rationale: 'Microsoft blocks consent to apps its risk detection flags unless this override is on.',
  remediation: [`${AZP_GRAPH} { "allowUserConsentForRiskyApps": false } (no portal setting exists).`],
  check: {
    setting: 'allowUserConsentForRiskyApps',
    read: (p) => p.allowUserConsentForRiskyApps,
    judge: (v) => (v === true ? 'fail' : 'pass'),
    expected: 'false or unset',
  },
});
