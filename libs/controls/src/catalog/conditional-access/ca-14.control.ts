import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantRequiresMfa } from '../../conditional-access/grant-predicates';
import { CaPolicy } from '../../conditional-access/ca-coverage';

/** Windows Azure Service Management API: the Azure portal, CLI and PowerShell. */
export const AZURE_MANAGEMENT_APP = '797f4846-ba00-4fd7-ba43-dac1f8f63013';

const includesAzureManagement = (policy: CaPolicy) => {
  const apps: string[] = policy.conditions?.applications?.includeApplications ?? [];
  return apps.includes('All') || apps.includes(AZURE_MANAGEMENT_APP);
};

export const CA_14 = defineCaControl({
  id: 'CA-14',
  title: 'MFA required for Azure management',
  description: 'An enabled Conditional Access policy requires MFA for all users signing in to Azure management (portal, CLI, PowerShell), directly or through an all-apps MFA policy.',
  severity: 'high',
  level: 'L1',
  references: {},
  rationale: 'Azure management reaches every subscription the tenant owns; a password alone must not open it.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude break-glass); Target resources: Windows Azure Service Management API; Grant: Require multifactor authentication; Enable policy: On.',
    `Graph: conditions.applications.includeApplications ["${AZURE_MANAGEMENT_APP}"] with grantControls.builtInControls ["mfa"].`,
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: {
    grants: (policy) => grantRequiresMfa(policy) && includesAzureManagement(policy),
    combine: { kind: 'applications', required: [AZURE_MANAGEMENT_APP], contributes: (p) => (includesAzureManagement(p) ? [AZURE_MANAGEMENT_APP] : []) },
  },
  wording: { requirement: 'requires MFA for all users signing in to Azure management' },
});
