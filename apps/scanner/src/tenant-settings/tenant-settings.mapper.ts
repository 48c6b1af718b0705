import { TenantSettingsDto } from '@trueconfig/common';
import { DEFAULT_THRESHOLDS, TenantSettings } from '@trueconfig/controls';
import { TenantSettingsEntity } from './tenant-settings.entity';

/** The settings as clients see them: every default applied. */
export function toTenantSettingsDto(tenantId: string, row: TenantSettingsEntity | null): TenantSettingsDto {
  const exclusions = row?.approvedExclusions ?? {};
  return {
    tenantId,
    breakGlassAccounts: row?.breakGlassAccounts ?? [],
    approvedExclusions: {
      users: exclusions.users ?? [],
      groups: exclusions.groups ?? [],
      roles: exclusions.roles ?? [],
      applications: exclusions.applications ?? [],
      guestsOrExternalUsers: exclusions.guestsOrExternalUsers ?? false,
    },
    approvedApplications: row?.approvedApplications ?? [],
    thresholds: { ...DEFAULT_THRESHOLDS, ...(row?.thresholds ?? {}) },
    riskAcceptances: row?.riskAcceptances ?? [],
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

/** The settings as the evaluation reads them (libs/controls `TenantSettings`). */
export function toEvaluationSettings(row: TenantSettingsEntity | null): TenantSettings {
  if (!row) return {};
  return {
    breakGlassAccounts: row.breakGlassAccounts,
    approvedExclusions: row.approvedExclusions,
    approvedApplications: row.approvedApplications,
    thresholds: row.thresholds,
    riskAcceptances: row.riskAcceptances.map(({ controlId, reason, owner, expiresAt }) => ({ controlId, reason, owner, expiresAt })),
  };
}
