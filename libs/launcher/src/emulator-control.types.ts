/*
 * The emulator's control API on the wire (apps/graph-emulator/src/control, DESIGN.md). Written out here
 * because the launcher may not depend on an app; keep them in step with the emulator's schemas.
 */

export type EmulatorLicence = 'free' | 'p1' | 'p2';

export interface EmulatorGenerateInput {
  users: number;
  guestRatio?: number;
  disabledRatio?: number;
  mfaRegisteredRatio?: number;
  syncedRatio?: number;
  staleSignInRatio?: number;
  admins?: number;
  methods?: Record<string, number>;
  seed?: number;
}

export interface EmulatorConditionalAccessInput {
  kind: 'requireMfaAllUsers' | 'requireMfaAdmins' | 'blockLegacyAuthentication';
  state?: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  displayName?: string;
}

/** `POST /_emulator/tenants`. */
export interface EmulatorTenantInput {
  tenantId?: string;
  displayName?: string;
  licence?: EmulatorLicence;
  domains?: string[];
  generate?: EmulatorGenerateInput;
  conditionalAccess?: EmulatorConditionalAccessInput[];
}

export interface EmulatorTenant {
  tenantId: string;
  displayName: string;
  /** The initial `*.onmicrosoft.com` domain first. */
  domains: string[];
  defaultDomain: string;
  licence: EmulatorLicence;
  createdDateTime: string;
  /**
   * Exact counts of the generated population to compare results against, named as in the emulator's
   * TenantStats (`users`, `enabledMembers`, `enabledMembersMfaRegistered`, …) plus `conditionalAccessPolicies`.
   */
  stats: Record<string, number>;
  apps: Array<{ clientId: string; displayName: string }>;
}

interface EmulatorAppFields {
  displayName?: string;
  permissions?: string[];
  secretExpiresAt?: string;
  disabled?: boolean;
  conditionalAccessBlocked?: boolean;
}

/** `POST /_emulator/tenants/{tenantId}/apps`; ids and the secret may be pinned. */
export interface EmulatorAppInput extends EmulatorAppFields {
  clientId?: string;
  clientSecret?: string;
  secretId?: string;
}

/** `PATCH /_emulator/tenants/{tenantId}/apps/{clientId}`. */
export interface EmulatorAppPatch extends EmulatorAppFields {
  rotateSecret?: boolean;
}

export interface EmulatorAppView {
  clientId: string;
  objectId: string;
  servicePrincipalId: string;
  displayName: string;
  permissions: string[];
  disabled: boolean;
  conditionalAccessBlocked: boolean;
  secrets: Array<{ secretId: string; hint: string; startDateTime: string; endDateTime: string }>;
}

/** The only answer that carries the secret's value. */
export interface EmulatorApp extends EmulatorAppView {
  tenantId: string;
  clientSecret: string;
  secretId: string;
  secretExpiresAt: string;
}

/** A rotated secret comes back with the patched app. */
export type EmulatorPatchedApp = EmulatorAppView & Partial<Pick<EmulatorApp, 'clientSecret' | 'secretId'>>;

/** `POST /_emulator/faults`: needs `status`, `latencyMs` or `reset`. */
export interface EmulatorFaultInput {
  tenantId?: string;
  /** `*` matches any run of characters, e.g. `/v1.0/users*`. */
  pathPattern: string;
  method?: string;
  status?: number;
  ratio?: number;
  count?: number;
  latencyMs?: number;
  reset?: boolean;
  retryAfterSeconds?: number;
}

export interface EmulatorFault extends EmulatorFaultInput {
  faultId: string;
  matched: number;
  applied: number;
}

/** `GET /_emulator/stats`. */
export interface EmulatorStats {
  since: string;
  totalRequests: number;
  throttled: number;
  resourceUnits: number;
  requests: Array<{ method: string; path: string; status: number; count: number }>;
}
