import { TenantDto } from '../shared/tenant.dto';

export type GetTenantReply = TenantDto;
