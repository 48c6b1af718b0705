import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantRequiresManagedDevice } from '../../conditional-access/grant-predicates';

export const REGISTER_SECURITY_INFO = 'urn:user:registersecurityinfo';

export const CA_09 = defineCaControl({
  id: 'CA-09',
  title: 'Managed device required to register security info',
  description: 'An enabled Conditional Access policy requires a compliant or hybrid-joined device for all users registering security information.',
  severity: 'medium',
  level: 'L2',
  references: { cis: ['5.2.2.10'], scuba: ['MS.AAD.3.8v1'] },
  rationale: 'An attacker holding a password can register their own MFA method from any device unless registration requires a managed one.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude break-glass); Target resources: User actions → Register security information; Grant: Require device to be marked as compliant or Require Microsoft Entra hybrid joined device; Enable policy: On.',
    'Graph: conditions.applications.includeUserActions ["urn:user:registersecurityinfo"], grantControls.builtInControls ["compliantDevice","domainJoinedDevice"] (operator OR).',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: { target: { users: 'all', applications: { userAction: REGISTER_SECURITY_INFO } }, grants: grantRequiresManagedDevice },
  wording: { requirement: 'requires a managed device to register security information for all users' },
});
