import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantRequiresPhishingResistant } from '../../conditional-access/grant-predicates';
import { HIGHLY_PRIVILEGED_ROLES } from '../../roles/privileged-roles';

const ROLES = Object.keys(HIGHLY_PRIVILEGED_ROLES);

export const CA_04 = defineCaControl({
  id: 'CA-04',
  title: 'Phishing-resistant MFA for highly privileged roles',
  description: `Enabled Conditional Access requires an authentication strength allowing only FIDO2, Windows Hello for Business or certificate MFA for the highly privileged roles (${Object.values(HIGHLY_PRIVILEGED_ROLES).join(', ')}).`,
  severity: 'high',
  level: 'L2',
  references: { cis: ['5.2.2.5'], scuba: ['MS.AAD.3.6v1'] },
  rationale: 'Push, OTP and SMS can be relayed by adversary-in-the-middle phishing kits; only phishing-resistant methods bind the sign-in to the real site.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: Directory roles (the highly privileged roles); Target resources: All cloud apps; Grant: Require authentication strength → Phishing-resistant MFA; Enable policy: On.',
    'Graph: grantControls.authenticationStrength { id: "00000000-0000-0000-0000-000000000004" } on a policy including those role template ids.',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: {
    target: { users: { roles: ROLES }, applications: 'all' },
    grants: grantRequiresPhishingResistant,
    combine: { kind: 'roles', required: ROLES, contributes: (p) => p.conditions?.users?.includeRoles ?? [] },
  },
  wording: { requirement: 'requires phishing-resistant MFA for every highly privileged role' },
});
