import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { RiskAcceptance } from '../settings/tenant-settings';
import { ControlAcceptance, EvaluatedControlResult } from './evaluated-control-result';

const ACCEPTABLE = new Set<ControlStatus>([ControlStatus.FAIL, ControlStatus.WARN]);

/**
 * Attaches each control's risk acceptance to a FAIL or WARN result: active until `expiresAt`, then
 * expired (the result fails again). The summary says so too, for clients that show only the DTO.
 * Acceptances never touch PASS, NOT_APPLICABLE, DEGRADED or ERROR results.
 */
export function applyAcceptances(results: readonly ControlResultDto[], acceptances: readonly RiskAcceptance[], now: Date): EvaluatedControlResult[] {
  return results.map((result) => {
    const acceptance = latestFor(result.controlId, acceptances);
    if (!acceptance || !ACCEPTABLE.has(result.status)) return result;
    const expires = Date.parse(acceptance.expiresAt);
    const state: ControlAcceptance['state'] = Number.isFinite(expires) && expires > now.getTime() ? 'active' : 'expired';
    const note =
      state === 'active'
        ? ` Risk accepted by ${acceptance.owner} until ${acceptance.expiresAt}: ${acceptance.reason}`
        : ` Risk acceptance by ${acceptance.owner} expired on ${acceptance.expiresAt}.`;
    return { ...result, summary: `${result.summary}${note}`, acceptance: { state, reason: acceptance.reason, owner: acceptance.owner, expiresAt: acceptance.expiresAt } };
  });
}

/** The acceptance expiring last, when a control has several. */
function latestFor(controlId: string, acceptances: readonly RiskAcceptance[]): RiskAcceptance | undefined {
  return acceptances.filter((a) => a.controlId === controlId).sort((a, b) => Date.parse(b.expiresAt) - Date.parse(a.expiresAt))[0];
}

export function isAcceptedFailure(result: EvaluatedControlResult): boolean {
  return result.acceptance?.state === 'active';
}
