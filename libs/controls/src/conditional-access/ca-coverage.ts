import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';
import { ResolvedSettings } from '../settings/tenant-settings';
import { CoverageTarget, EVERYONE_EVERYWHERE, GapKind, REPORT_ONLY, ScopeGap } from './coverage-target';
import { scopeGaps } from './policy-scope-gaps';

export type CaPolicy = GraphConditionalAccessPolicy & { id: string };

export interface CoverageFinding {
  policy: CaPolicy;
  gaps: ScopeGap[];
}

/** Policies that fall short along one kind of gap may together cover the target (legacy protocols split over two policies). */
export interface CombineRule {
  kind: GapKind;
  required: readonly string[];
  contributes(policy: CaPolicy): readonly string[];
}

export interface CoverageSpec {
  target?: CoverageTarget;
  /** The grant (and any condition that is the control's point) a policy must have to be considered. */
  grants(policy: CaPolicy): boolean;
  combine?: CombineRule;
}

export interface CaCoverage {
  /** `covered`: enforced; `reportOnly`: would be covered if report-only policies were on; `none`. */
  verdict: 'covered' | 'reportOnly' | 'none';
  /** The policies that make the verdict (covering, or report-only ones that would). */
  deciding: CoverageFinding[];
  /** Every considered policy with its gaps, for evidence. */
  considered: CoverageFinding[];
  combined: boolean;
}

/** The shared rule for every CA-based control: enabled only, approved exclusions only, no narrowing, policies may combine. */
export function assessCoverage(policies: readonly CaPolicy[], settings: ResolvedSettings, spec: CoverageSpec): CaCoverage {
  const considered = policies.filter((p) => p.state !== 'disabled' && spec.grants(p)).map((policy) => finding(policy, settings, spec));
  const enabled = considered.filter((f) => f.policy.state === 'enabled');
  const covering = cover(enabled, spec);
  if (covering) return { verdict: 'covered', deciding: covering, considered, combined: covering.length > 1 };
  const wouldCover = cover(considered, spec);
  if (wouldCover) return { verdict: 'reportOnly', deciding: wouldCover.filter((f) => f.policy.state === REPORT_ONLY), considered, combined: wouldCover.length > 1 };
  return { verdict: 'none', deciding: [], considered, combined: false };
}

function finding(policy: CaPolicy, settings: ResolvedSettings, spec: CoverageSpec): CoverageFinding {
  const state: ScopeGap[] = policy.state === REPORT_ONLY ? [{ kind: 'state', text: 'is report-only (not enforced)' }] : [];
  return { policy, gaps: [...state, ...scopeGaps(policy, settings, spec.target ?? EVERYONE_EVERYWHERE)] };
}

function cover(findings: readonly CoverageFinding[], spec: CoverageSpec): CoverageFinding[] | null {
  const scopeOf = (f: CoverageFinding) => f.gaps.filter((g) => g.kind !== 'state');
  const whole = findings.find((f) => scopeOf(f).length === 0);
  if (whole) return [whole];
  const rule = spec.combine;
  if (!rule) return null;
  const partial = findings.filter((f) => scopeOf(f).every((g) => g.kind === rule.kind));
  const reached = new Set(partial.flatMap((f) => rule.contributes(f.policy)));
  if (!rule.required.every((r) => reached.has(r))) return null;
  return partial.filter((f) => rule.contributes(f.policy).some((r) => rule.required.includes(r)));
}
