import { ControlThresholds, ResolvedSettings, TenantSettings } from './tenant-settings';

/** Defaults: CIS's global-admin band (2–4), 90 idle days, every enabled member MFA-registered. */
export const DEFAULT_THRESHOLDS: Readonly<ControlThresholds> = {
  globalAdminMin: 2,
  globalAdminMax: 4,
  staleDays: 90,
  mfaTargetPercent: 100,
};

export function resolveSettings(settings: TenantSettings = {}): ResolvedSettings {
  return {
    breakGlassAccounts: new Set(settings.breakGlassAccounts ?? []),
    approvedExclusions: {
      users: new Set(settings.approvedExclusions?.users ?? []),
      groups: new Set(settings.approvedExclusions?.groups ?? []),
    },
    thresholds: { ...DEFAULT_THRESHOLDS, ...definedOnly(settings.thresholds ?? {}) },
    riskAcceptances: settings.riskAcceptances ?? [],
  };
}

function definedOnly(thresholds: Partial<ControlThresholds>): Partial<ControlThresholds> {
  return Object.fromEntries(Object.entries(thresholds).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)));
}
