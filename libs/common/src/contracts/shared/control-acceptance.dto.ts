/**
 * A risk acceptance as it applied to one stored result: `active` (the failure is accepted until
 * `expiresAt`) or `expired` (it lapsed and the failure counts again).
 */
export interface ControlAcceptanceDto {
  state: 'active' | 'expired';
  reason: string;
  owner: string;
  expiresAt: string;
}
