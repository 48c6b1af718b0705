import { Client } from '@microsoft/microsoft-graph-client';
import { CatalogDatasetPath, DatasetPath } from '../datasets/dataset-path';
import { PageSender } from './collect-dataset';
import { readAllPages } from './read-all-pages';

/** Graph's `$expand=members` returns at most this many members per group. */
export const EXPANDED_MEMBERS_LIMIT = 20;
const MEMBER_FIELDS = 'id,displayName,userPrincipalName,userType,onPremisesSyncEnabled';

type Row = Record<string, unknown>;
type Completion = (client: Client, row: Row, send: PageSender) => Promise<Row>;

/**
 * Rows whose `$expand` cannot carry everything the evaluators read get the rest from the related
 * collection: a role group with 20 or more expanded members (Graph's cap) has its members paged; a
 * row whose answer lacks the expansion altogether (some endpoints ignore `$expand`) has it read.
 */
const COMPLETIONS: Partial<Record<DatasetPath, Completion>> = {
  [CatalogDatasetPath.RoleAssignableGroups]: async (client, group, send) => {
    const members = group.members;
    if (Array.isArray(members) && members.length < EXPANDED_MEMBERS_LIMIT && typeof group['members@odata.nextLink'] !== 'string') return group;
    return { ...group, members: await readAllPages(client, `/groups/${encodeURIComponent(String(group.id))}/members`, { $select: MEMBER_FIELDS, $top: '999' }, send) };
  },
  [CatalogDatasetPath.RoleManagementPolicyAssignments]: async (client, assignment, send) => {
    const policy = assignment.policy as { rules?: unknown } | undefined;
    if (Array.isArray(policy?.rules) || typeof assignment.policyId !== 'string') return assignment;
    const rules = await readAllPages(client, `/policies/roleManagementPolicies/${encodeURIComponent(assignment.policyId)}/rules`, {}, send);
    return { ...assignment, policy: { ...(policy ?? {}), id: assignment.policyId, rules } };
  },
  [CatalogDatasetPath.ServicePrincipals]: async (client, principal, send) => {
    if (Array.isArray(principal.appRoleAssignments)) return principal;
    const assignments = await readAllPages(client, `/servicePrincipals/${encodeURIComponent(String(principal.id))}/appRoleAssignments`, {}, send);
    return { ...principal, appRoleAssignments: assignments };
  },
};

export function needsRelatedRows(path: DatasetPath): boolean {
  return COMPLETIONS[path] !== undefined;
}

export async function completeRelatedRows(path: DatasetPath, client: Client, rows: readonly unknown[], send: PageSender): Promise<unknown[]> {
  const complete = COMPLETIONS[path];
  if (!complete) return [...rows];
  const completed: unknown[] = [];
  for (const row of rows) completed.push(isRow(row) && typeof row.id === 'string' ? await complete(client, row, send) : row);
  return completed;
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
