import { EvidenceItemDto } from '@trueconfig/common';
import { CaPolicy } from '../../conditional-access/ca-coverage';
import { CA_AUDIT_ACTIVITIES } from '../../conditional-access/define-ca-control';
import { DatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { fail, pass, plural, warn } from '../../model/outcome';
import { ResolvedSettings } from '../../settings/tenant-settings';

export const CA_11 = defineControl({
  id: 'CA-11',
  title: 'Break-glass accounts excluded from every enabled policy',
  description: 'Each configured break-glass account is excluded (directly, or through an approved exclusion group) from every enabled Conditional Access policy, so a misconfigured policy cannot lock every administrator out.',
  severity: 'medium',
  level: 'L1',
  references: { cis: ['1.1.2'], maester: ['MT.1005'] },
  datasets: [DatasetPath.ConditionalAccessPolicies],
  permissions: ['Policy.Read.All'],
  licence: 'p1',
  rationale: 'Emergency access accounts exist for the day Conditional Access or MFA fails; a policy that applies to them defeats their purpose.',
  remediation: [
    'Record the break-glass accounts in TrueConfig (tenant settings → break-glass accounts).',
    'Entra admin center → Protection → Conditional Access → each listed policy → Users → Exclude → add the break-glass accounts (or their approved exclusion group).',
    'Graph: PATCH /identity/conditionalAccess/policies/{id} adding the account ids to conditions.users.excludeUsers.',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  evaluate: (view, settings) => {
    if (settings.breakGlassAccounts.size === 0) return warn('No break-glass accounts are configured in TrueConfig: record them so every control can tell them apart.');
    const enabled = view.rows<CaPolicy>(DatasetPath.ConditionalAccessPolicies).filter((p) => p.state === 'enabled');
    const missing = enabled.flatMap((policy) => missingFrom(policy, settings));
    const affected = new Set(missing.map((m) => m.id)).size;
    if (missing.length === 0) return pass(`All ${plural(settings.breakGlassAccounts.size, 'break-glass account')} are excluded from all ${plural(enabled.length, 'enabled policy', 'enabled policies')}.`);
    return fail(`${plural(affected, 'enabled policy', 'enabled policies')} of ${enabled.length} apply to a break-glass account.`, { affectedCount: affected, evidence: capped(missing) });
  },
});

function missingFrom(policy: CaPolicy, settings: ResolvedSettings): EvidenceItemDto[] {
  const users = policy.conditions?.users;
  const excluded = new Set(users?.excludeUsers ?? []);
  const viaGroup = (users?.excludeGroups ?? []).some((g) => settings.approvedExclusions.groups.has(g));
  const notExcluded = [...settings.breakGlassAccounts].filter((id) => !excluded.has(id) && !viaGroup);
  if (notExcluded.length === 0) return [];
  return [{ kind: 'conditionalAccessPolicy', id: policy.id, displayName: policy.displayName ?? policy.id, detail: `does not exclude break-glass ${notExcluded.join(', ')}` }];
}
