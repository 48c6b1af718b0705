import { TenantSettingsDto } from '@trueconfig/common';
import { TenantSettings } from './tenant-settings.type';

export function toTenantSettings(dto: TenantSettingsDto, now = new Date()): TenantSettings {
  return {
    breakGlassAccounts: dto.breakGlassAccounts,
    approvedExclusions: dto.approvedExclusions,
    approvedApplications: dto.approvedApplications,
    thresholds: dto.thresholds,
    riskAcceptances: dto.riskAcceptances.map((a) => ({ ...a, active: Date.parse(a.expiresAt) > now.getTime() })),
    updatedAt: dto.updatedAt,
  };
}
