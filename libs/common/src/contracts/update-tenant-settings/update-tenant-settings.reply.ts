import { TenantSettingsDto } from '../shared/tenant-settings.dto';

export type UpdateTenantSettingsReply = TenantSettingsDto;
