import { ControlStatus } from '@trueconfig/common';
import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { ControlDefinition, Severity } from '../model/control-definition';

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { critical: 10, high: 5, medium: 3, low: 1 };

export interface TenantScore {
  /** 0–100, one decimal; null when no control could be judged. */
  score: number | null;
  earned: number;
  possible: number;
  /** Results counted (PASS, FAIL, WARN not accepted). */
  judged: number;
  /** Results left out: NOT_APPLICABLE, DEGRADED, ERROR, and failures under an active risk acceptance. */
  excluded: number;
}

/**
 * The tenant score weighted by severity: PASS earns the control's weight, WARN half, FAIL nothing.
 * Results that say nothing about the tenant's posture (not applicable, degraded, error) and accepted
 * failures are left out of both sides, so missing permissions never lower or raise the score.
 */
export function tenantScore(results: readonly EvaluatedControlResult[], catalog: readonly Pick<ControlDefinition, 'id' | 'severity'>[]): TenantScore {
  const severity = new Map(catalog.map((c) => [c.id, c.severity]));
  let earned = 0;
  let possible = 0;
  let judged = 0;
  for (const result of results) {
    const share = shareOf(result);
    if (share === null) continue;
    const weight = SEVERITY_WEIGHTS[severity.get(result.controlId) ?? 'medium'];
    earned += weight * share;
    possible += weight;
    judged++;
  }
  return { score: possible === 0 ? null : Math.round((earned * 1000) / possible) / 10, earned, possible, judged, excluded: results.length - judged };
}

function shareOf(result: EvaluatedControlResult): number | null {
  if (result.acceptance?.state === 'active') return null;
  if (result.status === ControlStatus.PASS) return 1;
  if (result.status === ControlStatus.WARN) return 0.5;
  if (result.status === ControlStatus.FAIL) return 0;
  return null;
}
