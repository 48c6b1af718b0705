import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantBlocks, grantRequiresMfa } from '../../conditional-access/grant-predicates';

export const CA_07 = defineCaControl({
  id: 'CA-07',
  title: 'High sign-in risk blocked or challenged',
  description: 'An enabled Conditional Access policy for all users and all cloud apps blocks sign-ins rated high risk, or requires MFA for them.',
  severity: 'high',
  level: 'L1',
  licence: 'p2',
  references: { cis: ['5.2.2.7', '5.2.2.8'], scuba: ['MS.AAD.2.3v1'] },
  rationale: 'High sign-in risk (anonymous IPs, impossible travel, token replay) marks likely attacks in progress.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude break-glass); Target resources: All cloud apps; Conditions → Sign-in risk: High; Grant: Block access or Require MFA; Enable policy: On.',
    'Graph: conditions.signInRiskLevels ["high"] with grantControls.builtInControls ["block"] or ["mfa"].',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: {
    target: { users: 'all', applications: 'all', ignore: ['risk'] },
    grants: (policy) => (policy.conditions?.signInRiskLevels ?? []).includes('high') && (grantBlocks(policy) || grantRequiresMfa(policy)),
  },
  wording: { requirement: 'blocks or challenges high-risk sign-ins for all users' },
});
