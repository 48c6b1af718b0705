import { ControlStatus } from '@trueconfig/common';
import { assessMfaCoverage, policyEvidence } from '../../conditional-access/mfa-coverage';
import { GraphConditionalAccessPolicy } from '../../datasets/graph-shapes';
import { ControlOutcome } from '../../model/control-outcome';
import { DatasetUnavailability, describeRequirement } from '../../model/dataset-availability';
import { ResolvedSettings } from '../../settings/tenant-settings';

type Policy = GraphConditionalAccessPolicy & { id: string };

/**
 * Without the registration report, ID-01 says what Conditional Access shows (DEGRADED, no metric):
 * never "0 % registered", the false reading the troubleshooting page warns about.
 */
export function conditionalAccessOutcome(
  registrationGap: DatasetUnavailability,
  policiesGap: DatasetUnavailability | null,
  policies: readonly Policy[],
  settings: ResolvedSettings,
): ControlOutcome {
  const unavailable = `MFA registration data is unavailable (${describeRequirement(registrationGap)})`;
  if (registrationGap.cause === 'licence' && policiesGap?.cause === 'licence') {
    return { status: ControlStatus.NOT_APPLICABLE, summary: `${unavailable}, and so are Conditional Access policies: the tenant has no Entra ID P1.`, metric: null, affectedCount: 0, evidence: [] };
  }
  if (policiesGap) {
    return {
      status: ControlStatus.ERROR,
      summary: `${unavailable}, and Conditional Access policies are unavailable too (${describeRequirement(policiesGap)}).`,
      metric: null,
      affectedCount: 0,
      evidence: [],
    };
  }
  const coverage = assessMfaCoverage(policies, settings);
  const findings = [...coverage.covering, ...coverage.reportOnly, ...coverage.partial];
  return {
    status: ControlStatus.DEGRADED,
    summary: `${unavailable}; evaluated from Conditional Access only: ${caSentence(coverage.covering, coverage.reportOnly)}`,
    metric: null,
    affectedCount: 0,
    evidence: findings.map(policyEvidence),
  };
}

function caSentence(covering: ReadonlyArray<{ policy: Policy }>, reportOnly: ReadonlyArray<{ policy: Policy }>): string {
  if (covering.length > 0) {
    return `enabled policy ${names(covering)} requires MFA for all users and all cloud apps.`;
  }
  const reportOnlyNote = reportOnly.length > 0 ? ` (report-only, not enforced: ${names(reportOnly)})` : '';
  return `no enabled policy requires MFA for all users and all cloud apps${reportOnlyNote}.`;
}

function names(findings: ReadonlyArray<{ policy: Policy }>): string {
  return findings.map(({ policy }) => `"${policy.displayName ?? policy.id}"`).join(', ');
}
