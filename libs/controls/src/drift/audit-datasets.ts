import { CatalogDatasetPath, DatasetPath } from '../datasets/dataset-path';
import type { DirectoryAuditEntry } from './control-drift';

/**
 * Which catalog datasets a directory audit entry changed, from its activity and the name of the policy
 * it targets (Entra names the same object in both: "Update authorization policy" on "Authorization Policy").
 */
const CHANGED_DATASET: ReadonlyArray<readonly [RegExp, DatasetPath]> = [
  [/conditional access policy/i, CatalogDatasetPath.ConditionalAccessPolicies],
  [/authorization policy/i, CatalogDatasetPath.AuthorizationPolicy],
  [/security defaults/i, CatalogDatasetPath.SecurityDefaults],
  [/authentication methods? policy/i, CatalogDatasetPath.AuthenticationMethodsPolicy],
  [/admin consent request policy/i, CatalogDatasetPath.AdminConsentRequestPolicy],
  [/app management (tenant )?policy/i, CatalogDatasetPath.DefaultAppManagementPolicy],
  [/directory setting|group\.unified/i, CatalogDatasetPath.GroupSettings],
  [/\bdomain\b/i, CatalogDatasetPath.Domains],
  [/role setting in PIM/i, CatalogDatasetPath.RoleManagementPolicyAssignments],
  [/eligible member to role|PIM activation/i, CatalogDatasetPath.RoleEligibilitySchedules],
  [/member to role|member from role/i, CatalogDatasetPath.RoleAssignments],
];

export function changedDatasets(audit: DirectoryAuditEntry): DatasetPath[] {
  // A policy's name counts too ("Update policy" on "Security Defaults"); other objects' names could say anything.
  const policies = (audit.targetResources ?? []).filter((t) => t.type === 'Policy').map((t) => t.displayName);
  const names = [audit.activityDisplayName, ...policies].filter((n): n is string => Boolean(n));
  return [...new Set(CHANGED_DATASET.filter(([pattern]) => names.some((name) => pattern.test(name))).map(([, dataset]) => dataset))];
}
