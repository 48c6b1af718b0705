import { TenantCredentialsInput } from '../connect-tenant/connect-tenant.request';
import { Caller } from '../shared/page';

/** "Save and Test Connection" on a saved tenant: new credentials replace the old ones only if they work. */
export interface ReconnectTenantRequest extends Caller {
  tenantId: string;
  input: TenantCredentialsInput;
}
