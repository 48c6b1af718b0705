import { LicenceTier } from '@trueconfig/common';
import { MemberRegistrationJoin } from '../catalog/id-01/member-registrations';
import { ControlThresholds, ResolvedSettings, TenantSettings } from './tenant-settings';

/** Defaults: CIS's global-admin band (2–4), 90 idle days (30 for admins), every enabled member MFA-registered, 180-day secrets. */
export const DEFAULT_THRESHOLDS: Readonly<ControlThresholds> = {
  globalAdminMin: 2,
  globalAdminMax: 4,
  staleDays: 90,
  staleAdminDays: 30,
  mfaTargetPercent: 100,
  maxSecretLifetimeDays: 180,
};

export interface EvaluationContext {
  now?: Date;
  licence?: LicenceTier | null;
  /** Where ID-01 joins users to registration details when not in memory (see MemberRegistrationJoin). */
  memberRegistrations?: MemberRegistrationJoin;
  /** When the users' sign-in activity was read (stale-account controls say so); asked when they finish. */
  signInActivityAsOf?: () => Date | null;
}

export function resolveSettings(settings: TenantSettings = {}, context: EvaluationContext = {}): ResolvedSettings {
  const exclusions = settings.approvedExclusions ?? {};
  return {
    breakGlassAccounts: new Set(settings.breakGlassAccounts ?? []),
    approvedExclusions: {
      users: new Set(exclusions.users ?? []),
      groups: new Set(exclusions.groups ?? []),
      roles: new Set(exclusions.roles ?? []),
      applications: new Set(exclusions.applications ?? []),
      guestsOrExternalUsers: exclusions.guestsOrExternalUsers === true,
    },
    approvedApplications: new Set(settings.approvedApplications ?? []),
    thresholds: { ...DEFAULT_THRESHOLDS, ...definedOnly(settings.thresholds ?? {}) },
    riskAcceptances: settings.riskAcceptances ?? [],
    evaluatedAt: context.now ?? new Date(),
    licence: context.licence ?? null,
    ...(context.memberRegistrations ? { memberRegistrations: context.memberRegistrations } : {}),
    ...(context.signInActivityAsOf ? { signInActivityAsOf: context.signInActivityAsOf } : {}),
  };
}

function definedOnly(thresholds: Partial<ControlThresholds>): Partial<ControlThresholds> {
  return Object.fromEntries(Object.entries(thresholds).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)));
}
