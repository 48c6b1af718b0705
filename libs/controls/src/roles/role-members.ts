import { CatalogDatasetPath } from '../datasets/dataset-path';
import { DatasetView } from '../model/dataset-view';
import { isPrivilegedRole } from './privileged-roles';

export type PrincipalKind = 'user' | 'group' | 'servicePrincipal' | 'other';

/** One principal holding one role, directly or through a role-assignable group, active or eligible. */
export interface RoleMember {
  principalId: string;
  roleId: string;
  kind: PrincipalKind;
  displayName: string;
  userPrincipalName?: string;
  userType?: string;
  onPremisesSyncEnabled?: boolean;
  assignment: 'active' | 'eligible';
  viaGroup?: string;
}

interface Principal {
  '@odata.type'?: string;
  id?: string;
  displayName?: string;
  userPrincipalName?: string;
  userType?: string;
  onPremisesSyncEnabled?: boolean | null;
}

interface RoleRow {
  principalId?: string;
  roleDefinitionId?: string;
  directoryScopeId?: string;
  principal?: Principal;
}

interface GroupRow {
  id: string;
  displayName?: string;
  members?: Principal[];
}

/** Members of privileged roles at tenant scope, role-assignable groups expanded to their members. */
export function privilegedMembers(view: DatasetView, onlyRole?: string): RoleMember[] {
  const groups = new Map(view.rows<GroupRow>(CatalogDatasetPath.RoleAssignableGroups).map((g) => [g.id, g]));
  const rows = [
    ...view.rows<RoleRow>(CatalogDatasetPath.RoleAssignments).map((row) => ({ row, assignment: 'active' as const })),
    ...view.rows<RoleRow>(CatalogDatasetPath.RoleEligibilitySchedules).map((row) => ({ row, assignment: 'eligible' as const })),
  ];
  const members: RoleMember[] = [];
  for (const { row, assignment } of rows) {
    const roleId = row.roleDefinitionId ?? '';
    if (!row.principalId || (row.directoryScopeId ?? '/') !== '/' || !(onlyRole ? roleId === onlyRole : isPrivilegedRole(roleId))) continue;
    const principal: Principal = { id: row.principalId, ...(row.principal ?? {}), ...(groups.has(row.principalId) ? { '@odata.type': '#microsoft.graph.group' } : {}) };
    const member = toMember(principal, roleId, assignment);
    const group = groups.get(row.principalId);
    if (member.kind === 'group' && group?.members) {
      for (const inner of group.members) members.push({ ...toMember(inner, roleId, assignment), viaGroup: group.displayName ?? group.id });
    } else {
      members.push(member);
    }
  }
  return members;
}

function toMember(principal: Principal, roleId: string, assignment: 'active' | 'eligible'): RoleMember {
  const id = principal.id ?? '';
  return {
    principalId: id,
    roleId,
    kind: kindOf(principal['@odata.type']),
    displayName: principal.displayName ?? principal.userPrincipalName ?? id,
    userPrincipalName: principal.userPrincipalName,
    userType: principal.userType ?? (principal.userPrincipalName?.includes('#EXT#') ? 'Guest' : undefined),
    onPremisesSyncEnabled: principal.onPremisesSyncEnabled ?? undefined,
    assignment,
  };
}

function kindOf(odataType?: string): PrincipalKind {
  if (!odataType) return 'user';
  if (odataType.endsWith('.user')) return 'user';
  if (odataType.endsWith('.group')) return 'group';
  if (odataType.endsWith('.servicePrincipal')) return 'servicePrincipal';
  return 'other';
}

/** Distinct principals (a user holding a role twice counts once). */
export function distinctPrincipals(members: readonly RoleMember[]): RoleMember[] {
  const byId = new Map<string, RoleMember>();
  for (const member of members) if (!byId.has(member.principalId)) byId.set(member.principalId, member);
  return [...byId.values()];
}
