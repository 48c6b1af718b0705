import { DatasetDefinition } from './dataset-definition';
import { CatalogDatasetPath } from './dataset-path';

const ROLE_PERMISSIONS = ['RoleManagement.Read.All', 'RoleManagement.Read.Directory', 'Directory.Read.All'];

/** Directory role data: proportional to the number of administrators, not users. */
export const ROLE_DATASETS: readonly DatasetDefinition[] = [
  {
    path: CatalogDatasetPath.RoleAssignments,
    label: 'Directory role assignment',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ROLE_PERMISSIONS,
    licence: 'free',
    fields: ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId'],
    // The principal's type, name and UPN; its userType and sync state come from the user directory.
    expand: 'principal',
  },
  {
    path: CatalogDatasetPath.RoleEligibilitySchedules,
    label: 'PIM role eligibility',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ROLE_PERMISSIONS,
    licence: 'p2',
    fields: ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'memberType', 'scheduleInfo'],
  },
  {
    path: CatalogDatasetPath.RoleAssignmentScheduleInstances,
    label: 'PIM active role assignment',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ROLE_PERMISSIONS,
    licence: 'p2',
    fields: ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'assignmentType', 'memberType', 'startDateTime', 'endDateTime'],
  },
  {
    path: CatalogDatasetPath.RoleManagementPolicyAssignments,
    label: 'PIM role settings',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['RoleManagement.Read.All', 'RoleManagementPolicy.Read.Directory'],
    licence: 'p2',
    filter: "scopeId eq '/' and scopeType eq 'DirectoryRole'",
    expand: 'policy($expand=rules)',
    fields: ['id', 'policyId', 'roleDefinitionId', 'scopeId', 'scopeType'],
  },
  {
    path: CatalogDatasetPath.RoleAssignableGroups,
    label: 'Role-assignable group',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Directory.Read.All', 'GroupMember.Read.All'],
    licence: 'p1',
    filter: 'isAssignableToRole eq true',
    // Graph expands at most 20 members per group: for a larger role group the collector must page
    // /groups/{id}/members and store the full list under `members` (the evaluators read that field).
    expand: 'members($select=id,displayName,userPrincipalName,userType,onPremisesSyncEnabled)',
    fields: ['id', 'displayName', 'isAssignableToRole'],
    top: 999,
  },
];
