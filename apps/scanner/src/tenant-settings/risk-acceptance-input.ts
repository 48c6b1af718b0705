import { AcceptRiskRequest, badInput, RiskAcceptanceDto } from '@trueconfig/common';

const MAX_REASON = 1000;
const MAX_OWNER = 200;
const MAX_YEARS_AHEAD = 3;

/** Checks a risk acceptance; each refusal names the field. `knownControl` says whether the catalog has the id. */
export function validateRiskAcceptance(request: AcceptRiskRequest, knownControl: (id: string) => boolean, now: Date): RiskAcceptanceDto {
  const controlId = typeof request.controlId === 'string' ? request.controlId.trim().toUpperCase() : '';
  if (!knownControl(controlId)) throw badInput('controlId', `controlId must be the id of a control in the catalog (Query.controls), e.g. "ID-01".`);
  const reason = text(request.reason, 'reason', MAX_REASON, 'why the risk is accepted');
  const owner = text(request.owner, 'owner', MAX_OWNER, 'who owns the risk, e.g. an e-mail address');
  const expires = typeof request.expiresAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(request.expiresAt) ? new Date(request.expiresAt) : null;
  if (!expires || Number.isNaN(expires.getTime())) throw badInput('expiresAt', 'expiresAt must be an ISO-8601 date-time, e.g. 2027-03-31T00:00:00Z.');
  if (expires.getTime() <= now.getTime()) throw badInput('expiresAt', 'expiresAt must be in the future: an acceptance needs an end date.');
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_YEARS_AHEAD);
  if (expires > limit) throw badInput('expiresAt', `expiresAt must be within ${MAX_YEARS_AHEAD} years; review the risk and accept it again then.`);
  return { controlId, reason, owner, expiresAt: expires.toISOString(), acceptedAt: now.toISOString(), acceptedBy: request.actor };
}

function text(value: unknown, field: string, max: number, what: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0) throw badInput(field, `${field} must say ${what}.`);
  if (trimmed.length > max) throw badInput(field, `${field} must be at most ${max} characters.`);
  return trimmed;
}
