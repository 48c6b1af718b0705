import { TenantSettingsDto } from '../shared/tenant-settings.dto';

/** One entry per requested tenant id, in order; a tenant never configured gets the defaults. */
export type GetTenantSettingsReply = TenantSettingsDto[];
