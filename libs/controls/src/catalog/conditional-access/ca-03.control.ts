import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantRequiresMfa } from '../../conditional-access/grant-predicates';
import { PRIVILEGED_ROLES } from '../../roles/privileged-roles';

const ROLES = Object.keys(PRIVILEGED_ROLES);

export const CA_03 = defineCaControl({
  id: 'CA-03',
  title: 'MFA required for administrators',
  description: `Enabled Conditional Access requires MFA for all cloud apps for every privileged role (${ROLES.length} roles: ${Object.values(PRIVILEGED_ROLES).join(', ')}), in one policy or several.`,
  severity: 'critical',
  level: 'L1',
  references: { cis: ['5.2.2.1'], maester: ['MT.1006'] },
  rationale: 'Administrator accounts are the first target of phishing and password spray; their compromise is the tenant\'s.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: Directory roles (select every privileged role); Target resources: All cloud apps; Grant: Require multifactor authentication; Enable policy: On.',
    'Graph: POST /identity/conditionalAccess/policies with conditions.users.includeRoles [role template ids], grantControls.builtInControls ["mfa"], state "enabled".',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: {
    target: { users: { roles: ROLES }, applications: 'all' },
    grants: grantRequiresMfa,
    combine: { kind: 'roles', required: ROLES, contributes: (p) => p.conditions?.users?.includeRoles ?? [] },
  },
  wording: { requirement: 'requires MFA for every privileged role and all cloud apps' },
});
