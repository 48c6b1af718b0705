import { ConnectionTestDto, TenantDto } from '../shared/tenant.dto';

export interface ConnectTenantReply {
  tenant: TenantDto;
  connectionTest: ConnectionTestDto;
}
