import { EvidenceItemDto } from '@trueconfig/common';
import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';
import { ResolvedSettings } from '../settings/tenant-settings';
import { grantRequiresMfa } from './grant-requires-mfa';
import { policyScopeGaps } from './policy-scope-gaps';

export interface PolicyFinding {
  policy: GraphConditionalAccessPolicy & { id: string };
  /** Why it does not count; empty for a covering policy. */
  gaps: string[];
}

export interface MfaCoverage {
  /** Enabled policies requiring MFA for all users and all cloud apps, with nothing unapproved left out. */
  covering: PolicyFinding[];
  /** Would cover, but only in report-only mode: at best a warning, never coverage. */
  reportOnly: PolicyFinding[];
  /** Require MFA but fall short for another reason (scope, exclusions, conditions, disabled). */
  partial: PolicyFinding[];
}

const REPORT_ONLY = 'enabledForReportingButNotEnforced';

/** Which Conditional Access policies enforce MFA for everyone, judged by the shared CA rule. */
export function assessMfaCoverage(policies: ReadonlyArray<GraphConditionalAccessPolicy & { id: string }>, settings: ResolvedSettings): MfaCoverage {
  const coverage: MfaCoverage = { covering: [], reportOnly: [], partial: [] };
  for (const policy of policies.filter(grantRequiresMfa)) {
    const scopeGaps = policyScopeGaps(policy, settings);
    if (scopeGaps.length === 0 && policy.state === 'enabled') coverage.covering.push({ policy, gaps: [] });
    else if (scopeGaps.length === 0 && policy.state === REPORT_ONLY) coverage.reportOnly.push({ policy, gaps: ['is report-only (not enforced)'] });
    else coverage.partial.push({ policy, gaps: [...stateGaps(policy), ...scopeGaps] });
  }
  return coverage;
}

function stateGaps(policy: GraphConditionalAccessPolicy): string[] {
  if (policy.state === 'enabled') return [];
  return [policy.state === REPORT_ONLY ? 'is report-only (not enforced)' : 'is disabled'];
}

export function policyEvidence({ policy, gaps }: PolicyFinding): EvidenceItemDto {
  return {
    kind: 'conditionalAccessPolicy',
    id: policy.id,
    displayName: policy.displayName ?? policy.id,
    detail: gaps.length === 0 ? 'requires MFA for all users and all cloud apps' : gaps.join('; '),
  };
}
