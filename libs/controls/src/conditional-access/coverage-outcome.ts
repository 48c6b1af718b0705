import { EvidenceItemDto } from '@trueconfig/common';
import { ControlOutcome } from '../model/control-outcome';
import { fail, pass, plural, warn } from '../model/outcome';
import { capped } from '../evidence/evidence-items';
import { CaCoverage, CoverageFinding } from './ca-coverage';

/** "Require MFA for all users and all cloud apps", as the sentences of a CA control's results. */
export interface CoverageWording {
  /** What coverage means: "requires MFA for all users and all cloud apps". */
  requirement: string;
}

export function coverageOutcome(coverage: CaCoverage, wording: CoverageWording): ControlOutcome {
  const evidence = capped(coverage.considered.map(findingEvidence));
  if (coverage.verdict === 'covered') {
    if (coverage.combined) return pass(`Enabled policies ${names(coverage.deciding)} together ${pluralVerb(wording.requirement)}.`, { evidence });
    return pass(`Enabled policy ${names(coverage.deciding)} ${wording.requirement}.`, { evidence });
  }
  const shortfall = coverage.considered.length - coverage.deciding.length;
  if (coverage.verdict === 'reportOnly') {
    const many = coverage.deciding.length > 1;
    return warn(`Only report-only ${many ? 'policies' : 'policy'} ${names(coverage.deciding)} ${many ? pluralVerb(wording.requirement) : wording.requirement}: not enforced.`, {
      affectedCount: coverage.deciding.length,
      evidence,
    });
  }
  const note = shortfall > 0 ? `; ${plural(shortfall, 'policy falls', 'policies fall')} short (see evidence)` : '';
  return fail(`No enabled policy ${wording.requirement}${note}.`, { affectedCount: shortfall, evidence });
}

export function findingEvidence({ policy, gaps }: CoverageFinding): EvidenceItemDto {
  return {
    kind: 'conditionalAccessPolicy',
    id: policy.id,
    displayName: policy.displayName ?? policy.id,
    detail: gaps.length === 0 ? `${policy.state}; covers the target` : `${policy.state}; ${gaps.map((g) => g.text).join('; ')}`,
  };
}

function names(findings: readonly CoverageFinding[]): string {
  return findings.map(({ policy }) => `"${policy.displayName ?? policy.id}"`).join(' and ');
}

/** "requires MFA …" → "require MFA …" for a plural subject. */
function pluralVerb(requirement: string): string {
  return requirement.replace(/^(\w+?)s\b/, '$1');
}
