import { Caller } from '../shared/page';

export interface DisconnectTenantRequest extends Caller {
  tenantId: string;
}
