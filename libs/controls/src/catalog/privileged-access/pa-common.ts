import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { DatasetView } from '../../model/dataset-view';
import { RoleMember } from '../../roles/role-members';
import { roleName } from '../../roles/privileged-roles';

export const ROLE_DATASETS = [CatalogDatasetPath.RoleAssignments, CatalogDatasetPath.RoleEligibilitySchedules, CatalogDatasetPath.RoleAssignableGroups];
export const ROLE_PERMISSIONS = ['RoleManagement.Read.All'];
export const ROLE_AUDIT = ['Add member to role', 'Add eligible member to role', 'Add member to role completed (PIM activation)', 'Remove member from role'];
export const ROLES_PORTAL = 'Entra admin center → Identity → Roles & admins';
export const PIM_PORTAL = 'Entra admin center → Identity governance → Privileged Identity Management → Microsoft Entra roles';

export function memberEvidence(member: RoleMember, detail: string) {
  const via = member.viaGroup ? ` via group ${member.viaGroup}` : '';
  return {
    kind: member.kind === 'servicePrincipal' ? 'servicePrincipal' : member.kind,
    id: member.principalId,
    displayName: member.displayName,
    detail: `${roleName(member.roleId)} (${member.assignment}${via}): ${detail}`,
  };
}

/** Eligible assignments need P2; without them (permission, not licence) the count is a lower bound. */
export function eligibilityUnknown(view: DatasetView): boolean {
  const gap = view.unavailable(CatalogDatasetPath.RoleEligibilitySchedules);
  return gap !== null && gap.cause !== 'licence';
}
