import { Caller } from '../shared/page';

export interface RevokeRiskAcceptanceRequest extends Caller {
  tenantId: string;
  controlId: string;
}
