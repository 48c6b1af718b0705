import { CaPolicy } from '../../conditional-access/ca-coverage';
import { CA_AUDIT_ACTIVITIES } from '../../conditional-access/define-ca-control';
import { CatalogDatasetPath, DatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { fail, pass, plural } from '../../model/outcome';

const KEYWORDS = new Set(['All', 'None', 'GuestsOrExternalUsers']);

/** The user and group ids a policy names (what the collector sends to directoryObjects/getByIds). */
export function referencedObjectIds(policy: CaPolicy): string[] {
  const u = policy.conditions?.users;
  const ids = [...(u?.includeUsers ?? []), ...(u?.excludeUsers ?? []), ...(u?.includeGroups ?? []), ...(u?.excludeGroups ?? [])];
  return ids.filter((id) => !KEYWORDS.has(id));
}

export const CA_12 = defineControl({
  id: 'CA-12',
  title: 'No Conditional Access references to deleted objects',
  description: 'Every user and group a Conditional Access policy includes or excludes still exists in the directory.',
  severity: 'medium',
  level: 'L1',
  references: { maester: ['MT.1038', 'MT.1066'] },
  datasets: [DatasetPath.ConditionalAccessPolicies, CatalogDatasetPath.ReferencedDirectoryObjects],
  permissions: ['Policy.Read.All', 'Directory.Read.All'],
  licence: 'p1',
  rationale: 'A policy scoped to a deleted group silently applies to nobody; an exclusion of a deleted user hides a stale exception.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → each listed policy → Users → remove the entries shown as deleted or unknown, and add the intended current group.',
    'Graph: PATCH /identity/conditionalAccess/policies/{id} with the corrected include/exclude lists.',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  evaluate: (view) => {
    const existing = new Set(view.rows<{ id?: string }>(CatalogDatasetPath.ReferencedDirectoryObjects).map((o) => o.id));
    const policies = view.rows<CaPolicy>(DatasetPath.ConditionalAccessPolicies);
    const dangling = policies.flatMap((policy) =>
      referencedObjectIds(policy)
        .filter((id) => !existing.has(id))
        .map((id) => ({ kind: 'conditionalAccessPolicy', id: policy.id, displayName: policy.displayName ?? policy.id, detail: `references deleted object ${id}` })),
    );
    const referenced = new Set(policies.flatMap(referencedObjectIds)).size;
    if (dangling.length === 0) return pass(`All ${plural(referenced, 'object')} referenced by ${plural(policies.length, 'policy', 'policies')} exist.`);
    const policyCount = plural(new Set(dangling.map((d) => d.id)).size, 'policy', 'policies');
    return fail(`${plural(dangling.length, 'reference')} in ${policyCount} ${dangling.length === 1 ? 'points' : 'point'} to deleted objects.`, {
      affectedCount: dangling.length,
      evidence: capped(dangling),
    });
  },
});
