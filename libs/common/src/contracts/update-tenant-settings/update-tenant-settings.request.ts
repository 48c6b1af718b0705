import { Caller } from '../shared/page';
import { TenantSettingsInputDto } from '../shared/tenant-settings.dto';

export interface UpdateTenantSettingsRequest extends Caller {
  tenantId: string;
  input: TenantSettingsInputDto;
}
