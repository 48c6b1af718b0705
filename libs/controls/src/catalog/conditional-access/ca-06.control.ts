import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantBlocks, grantRequiresMfa } from '../../conditional-access/grant-predicates';

export const CA_06 = defineCaControl({
  id: 'CA-06',
  title: 'High user risk blocked or remediated',
  description: 'An enabled Conditional Access policy for all users and all cloud apps blocks high user risk, or requires MFA and a password change for it.',
  severity: 'high',
  level: 'L1',
  licence: 'p2',
  references: { cis: ['5.2.2.6'], scuba: ['MS.AAD.2.1v1'] },
  rationale: 'A user Identity Protection rates high risk has probably leaked credentials; leaving the sign-in untouched lets an attacker in.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude break-glass); Target resources: All cloud apps; Conditions → User risk: High; Grant: Block access (SCuBA) or Require MFA and Require password change (CIS); Enable policy: On.',
    'Graph: conditions.userRiskLevels ["high"] with grantControls.builtInControls ["block"] or ["mfa","passwordChange"] (operator AND).',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: {
    target: { users: 'all', applications: 'all', ignore: ['risk'] },
    grants: (policy) =>
      (policy.conditions?.userRiskLevels ?? []).includes('high') &&
      (grantBlocks(policy) || (grantRequiresMfa(policy) && (policy.grantControls?.builtInControls ?? []).includes('passwordChange') && policy.grantControls?.operator === 'AND')),
  },
  wording: { requirement: 'blocks or remediates high user risk for all users' },
});
