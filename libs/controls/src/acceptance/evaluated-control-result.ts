import { ControlResultDto } from '@trueconfig/common';

/**
 * A risk acceptance as it applies to one result. `active`: the failure is accepted (the status stays
 * FAIL or WARN so nothing hides it; score and reports treat it as accepted). `expired`: the acceptance
 * lapsed and the failure counts again.
 */
export interface ControlAcceptance {
  state: 'active' | 'expired';
  reason: string;
  owner: string;
  expiresAt: string;
}

/** ControlResultDto (libs/common, unchanged) plus the optional acceptance: what evaluations return. */
export interface EvaluatedControlResult extends ControlResultDto {
  acceptance?: ControlAcceptance;
}
