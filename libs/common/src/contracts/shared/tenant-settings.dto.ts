/** A tenant's exclusions that Conditional Access policies may carry and still count as covering everyone. */
export interface ApprovedExclusionsDto {
  users: string[];
  groups: string[];
  /** Role template ids. */
  roles: string[];
  /** Application (client) ids. */
  applications: string[];
  guestsOrExternalUsers: boolean;
}

export interface ControlThresholdsDto {
  globalAdminMin: number;
  globalAdminMax: number;
  staleDays: number;
  staleAdminDays: number;
  mfaTargetPercent: number;
  maxSecretLifetimeDays: number;
}

export interface RiskAcceptanceDto {
  controlId: string;
  reason: string;
  owner: string;
  /** ISO date-time; after it the failure counts again. */
  expiresAt: string;
  acceptedAt: string;
  /** The API key that accepted it. */
  acceptedBy: string;
}

/** A tenant's TrueConfig configuration with every default applied (libs/controls `TenantSettings`). */
export interface TenantSettingsDto {
  tenantId: string;
  breakGlassAccounts: string[];
  approvedExclusions: ApprovedExclusionsDto;
  /** Application (client) ids allowed to hold high-risk Graph permissions. */
  approvedApplications: string[];
  thresholds: ControlThresholdsDto;
  riskAcceptances: RiskAcceptanceDto[];
  /** Null while the tenant still has the defaults. */
  updatedAt: string | null;
}

/** A change to the settings: each part given replaces the stored one; parts left out stay. */
export interface TenantSettingsInputDto {
  breakGlassAccounts?: string[];
  approvedExclusions?: Partial<ApprovedExclusionsDto>;
  approvedApplications?: string[];
  thresholds?: Partial<ControlThresholdsDto>;
}
