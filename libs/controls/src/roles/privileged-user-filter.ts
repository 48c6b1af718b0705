import { CatalogDatasetPath } from '../datasets/dataset-path';
import { KeptSoFar, RowFilter } from '../model/keeping-accumulator';
import { ResolvedSettings } from '../settings/tenant-settings';
import { isPrivilegedRole } from './privileged-roles';

/** The role datasets that name privileged principals; users are matched to them. */
export const ROLE_MEMBER_DATASETS = [CatalogDatasetPath.RoleAssignments, CatalogDatasetPath.RoleEligibilitySchedules, CatalogDatasetPath.RoleAssignableGroups];

interface RoleRow {
  principalId?: string;
  roleDefinitionId?: string;
}

interface GroupRow {
  members?: Array<{ id?: string }>;
}

/**
 * Keeps the users `predicate` selects, and once the role data is complete only those holding a
 * privileged role: user-scaled rows are never kept whole, whatever order datasets arrive in.
 */
export function privilegedUsersMatching(predicate: (user: Record<string, unknown>, settings: ResolvedSettings) => boolean): RowFilter {
  // One privileged set per evaluation (per accumulator's rows), computed once the role data is complete.
  const privilegedByEvaluation = new WeakMap<KeptSoFar, Set<string>>();
  return (row, settings, kept) => {
    if (!predicate(row, settings)) return false;
    let privileged = privilegedByEvaluation.get(kept);
    if (!privileged && ROLE_MEMBER_DATASETS.every((d) => kept.completed(d))) {
      privileged = privilegedIds(kept);
      privilegedByEvaluation.set(kept, privileged);
    }
    return !privileged || privileged.has(String(row.id));
  };
}

function privilegedIds(kept: KeptSoFar): Set<string> {
  const ids = new Set<string>();
  for (const dataset of [CatalogDatasetPath.RoleAssignments, CatalogDatasetPath.RoleEligibilitySchedules]) {
    for (const row of kept.rows<RoleRow>(dataset)) if (row.principalId && isPrivilegedRole(row.roleDefinitionId ?? '')) ids.add(row.principalId);
  }
  for (const group of kept.rows<GroupRow>(CatalogDatasetPath.RoleAssignableGroups)) for (const member of group.members ?? []) if (member.id) ids.add(member.id);
  return ids;
}
