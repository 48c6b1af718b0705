import { Caller } from '../shared/page';

/** Replaces the control's acceptance, if it had one. */
export interface AcceptRiskRequest extends Caller {
  tenantId: string;
  controlId: string;
  reason: string;
  owner: string;
  expiresAt: string;
}
