import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantRequiresManagedDevice } from '../../conditional-access/grant-predicates';

export const CA_10 = defineCaControl({
  id: 'CA-10',
  title: 'Managed device required for access',
  description: 'An enabled Conditional Access policy requires a compliant or hybrid-joined device for all users and all cloud apps.',
  severity: 'medium',
  level: 'L2',
  references: { cis: ['5.2.2.9'], scuba: ['MS.AAD.3.7v1'] },
  rationale: 'Requiring a managed device keeps stolen credentials and tokens from being used on an attacker\'s machine.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude break-glass); Target resources: All cloud apps; Grant: Require device to be marked as compliant, Require Microsoft Entra hybrid joined device (require one of the selected controls); Enable policy: On.',
    'Graph: grantControls { operator: "OR", builtInControls: ["compliantDevice","domainJoinedDevice"] }.',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: { grants: grantRequiresManagedDevice },
  wording: { requirement: 'requires a managed device for all users and all cloud apps' },
});
