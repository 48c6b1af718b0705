import { TenantDto } from '../shared/tenant.dto';

export type DisconnectTenantReply = TenantDto;
