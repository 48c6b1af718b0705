import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantRequiresPhishingResistant } from '../../conditional-access/grant-predicates';

export const CA_05 = defineCaControl({
  id: 'CA-05',
  title: 'Phishing-resistant MFA for all users',
  description: 'An enabled Conditional Access policy requires a phishing-resistant authentication strength (FIDO2, Windows Hello for Business, certificate) for all users and all cloud apps.',
  severity: 'medium',
  level: 'L3',
  references: { scuba: ['MS.AAD.3.1v1'] },
  rationale: 'Phishing kits relay push and one-time codes in real time; phishing-resistant methods stop them for everyone.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude break-glass); Target resources: All cloud apps; Grant: Require authentication strength → Phishing-resistant MFA; Enable policy: On.',
    'Graph: a policy with includeUsers ["All"], includeApplications ["All"] and grantControls.authenticationStrength.id "00000000-0000-0000-0000-000000000004".',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: { grants: grantRequiresPhishingResistant },
  wording: { requirement: 'requires phishing-resistant MFA for all users and all cloud apps' },
});
