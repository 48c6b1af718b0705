import { CoverageSpec } from '../../conditional-access/ca-coverage';
import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantRequiresMfa } from '../../conditional-access/grant-predicates';

export const MFA_FOR_ALL_COVERAGE: CoverageSpec = { grants: grantRequiresMfa };

export const CA_02 = defineCaControl({
  id: 'CA-02',
  title: 'MFA required for all users',
  description: 'An enabled Conditional Access policy requires MFA (or an authentication strength) for all users and all cloud apps, with only approved exclusions.',
  severity: 'critical',
  level: 'L1',
  references: { cis: ['5.2.2.2'], scuba: ['MS.AAD.3.2v1'], maester: ['MT.1007'] },
  rationale: 'Without a tenant-wide MFA requirement a stolen password is enough to sign in.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude only the break-glass accounts); Target resources: All cloud apps; Grant: Require multifactor authentication; Enable policy: On.',
    'Graph: POST /identity/conditionalAccess/policies with includeUsers ["All"], includeApplications ["All"], grantControls.builtInControls ["mfa"], state "enabled".',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: MFA_FOR_ALL_COVERAGE,
  wording: { requirement: 'requires MFA for all users and all cloud apps' },
});
