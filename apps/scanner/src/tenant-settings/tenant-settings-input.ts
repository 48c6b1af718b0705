import { ApprovedExclusionsDto, badInput, ControlThresholdsDto, isGuid, TenantSettingsInputDto } from '@trueconfig/common';
import { DEFAULT_THRESHOLDS } from '@trueconfig/controls';
import { TenantSettingsEntity } from './tenant-settings.entity';

export const MAX_IDS_PER_LIST = 500;

type SettingsPatch = Partial<Pick<TenantSettingsEntity, 'breakGlassAccounts' | 'approvedExclusions' | 'approvedApplications' | 'thresholds'>>;

const THRESHOLD_RANGES: Record<keyof ControlThresholdsDto, [number, number]> = {
  globalAdminMin: [1, 100],
  globalAdminMax: [1, 100],
  staleDays: [1, 3650],
  staleAdminDays: [1, 3650],
  mfaTargetPercent: [0, 100],
  maxSecretLifetimeDays: [1, 3650],
};

const EXCLUSION_LISTS = ['users', 'groups', 'roles', 'applications'] as const;

/**
 * Checks a settings change as the API sends it; each refusal names the field (as the GraphQL input
 * spells it) and what to send instead. Parts left out are not in the patch, so they stay as stored.
 */
export function validateSettingsInput(input: TenantSettingsInputDto | undefined, stored: Partial<ControlThresholdsDto> = {}): SettingsPatch {
  if (!input || typeof input !== 'object') throw badInput('input', 'input must be an object with the settings to change.');
  const patch: SettingsPatch = {};
  if (input.breakGlassAccounts !== undefined) patch.breakGlassAccounts = guidList(input.breakGlassAccounts, 'breakGlassAccounts', 'user object ids');
  if (input.approvedApplications !== undefined) patch.approvedApplications = guidList(input.approvedApplications, 'approvedApplications', 'application (client) ids');
  if (input.approvedExclusions !== undefined) patch.approvedExclusions = exclusions(input.approvedExclusions);
  if (input.thresholds !== undefined) patch.thresholds = thresholds(input.thresholds, stored);
  return patch;
}

function guidList(value: unknown, field: string, what: string): string[] {
  if (!Array.isArray(value)) throw badInput(field, `${field} must be a list of ${what}.`);
  if (value.length > MAX_IDS_PER_LIST) throw badInput(field, `${field} may hold at most ${MAX_IDS_PER_LIST} ids.`);
  value.forEach((id, index) => {
    if (typeof id !== 'string' || !isGuid(id)) throw badInput(`${field}[${index}]`, `${field}[${index}] must be one of the ${what} (a GUID), as Entra shows it.`);
  });
  return [...new Set((value as string[]).map((id) => id.toLowerCase()))];
}

function exclusions(value: Partial<ApprovedExclusionsDto> | null): Partial<ApprovedExclusionsDto> {
  if (!value || typeof value !== 'object') throw badInput('approvedExclusions', 'approvedExclusions must be an object of id lists.');
  const result: Partial<ApprovedExclusionsDto> = {};
  for (const list of EXCLUSION_LISTS) {
    if (value[list] !== undefined && value[list] !== null) result[list] = guidList(value[list], `approvedExclusions.${list}`, `${list} object ids`);
  }
  if (value.guestsOrExternalUsers !== undefined && value.guestsOrExternalUsers !== null) {
    if (typeof value.guestsOrExternalUsers !== 'boolean') throw badInput('approvedExclusions.guestsOrExternalUsers', 'approvedExclusions.guestsOrExternalUsers must be true or false.');
    result.guestsOrExternalUsers = value.guestsOrExternalUsers;
  }
  return result;
}

function thresholds(value: Partial<ControlThresholdsDto> | null, stored: Partial<ControlThresholdsDto>): Partial<ControlThresholdsDto> {
  if (!value || typeof value !== 'object') throw badInput('thresholds', 'thresholds must be an object of numbers.');
  const result: Partial<ControlThresholdsDto> = { ...stored };
  for (const [name, [min, max]] of Object.entries(THRESHOLD_RANGES) as Array<[keyof ControlThresholdsDto, [number, number]]>) {
    const given = value[name];
    if (given === undefined || given === null) continue;
    if (!Number.isInteger(given) || given < min || given > max) throw badInput(`thresholds.${name}`, `thresholds.${name} must be a whole number from ${min} to ${max}.`);
    result[name] = given;
  }
  const band = { ...DEFAULT_THRESHOLDS, ...result };
  if (band.globalAdminMin > band.globalAdminMax) {
    throw badInput('thresholds.globalAdminMax', `thresholds.globalAdminMax (${band.globalAdminMax}) must be at least globalAdminMin (${band.globalAdminMin}); CIS recommends 2–4, SCuBA 2–8.`);
  }
  return result;
}
