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

/** The emulator's CONDITIONAL_ACCESS_KINDS. */
export type EmulatorConditionalAccessKind =
  | 'requireMfaAllUsers'
  | 'requireMfaAdmins'
  | 'blockLegacyAuthentication'
  | 'requirePhishingResistantMfaAdmins'
  | 'requirePhishingResistantMfaAllUsers'
  | 'blockHighUserRisk'
  | 'blockHighSignInRisk'
  | 'blockDeviceCodeFlow'
  | 'requireCompliantDevice'
  | 'requireManagedDeviceToRegisterSecurityInfo';

export interface EmulatorConditionalAccessInput {
  kind: EmulatorConditionalAccessKind;
  state?: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  displayName?: string;
  /** User object ids (e.g. break-glass accounts) the policy excludes. */
  excludeUsers?: string[];
}

/** A hand-written user: replaces the generated user at the same index; fields left out keep the generated value. */
export interface EmulatorExplicitUser {
  id?: string;
  displayName?: string;
  userPrincipalName?: string;
  jobTitle?: string | null;
  userType?: 'Member' | 'Guest';
  accountEnabled?: boolean;
  onPremisesSyncEnabled?: boolean;
  isAdmin?: boolean;
  isMfaRegistered?: boolean;
  methodsRegistered?: string[];
  lastSignInDateTime?: string | null;
}

/** Members per built-in role name (e.g. "Global Administrator"), taken in turn from `from`. */
export interface EmulatorRoleSpec {
  assigned?: number;
  eligible?: number;
  activated?: number;
  from?: 'admins' | 'guests' | 'syncedMembers';
}

export interface EmulatorAppRegistrationsSpec {
  count?: number;
  expiredSecrets?: number;
  expiringSoon?: number;
  longLivedSecrets?: number;
  withRiskyPermissions?: number;
}

type MethodState = 'enabled' | 'disabled';
type ContextState = 'default' | 'enabled' | 'disabled';

/** The emulator's tenantSettingsSchema (input side: every field optional). */
export interface EmulatorTenantSettingsInput {
  securityDefaultsEnabled?: boolean;
  authorizationPolicy?: {
    allowInvitesFrom?: 'none' | 'adminsAndGuestInviters' | 'adminsGuestInvitersAndAllMembers' | 'everyone';
    guestUserRole?: 'sameAsMembers' | 'limited' | 'restricted';
    allowEmailVerifiedUsersToJoinOrganization?: boolean;
    allowedToSignUpEmailBasedSubscriptions?: boolean;
    allowUserConsentForRiskyApps?: boolean;
    blockMsolPowerShell?: boolean;
    allowedToCreateApps?: boolean;
    allowedToCreateSecurityGroups?: boolean;
    allowedToCreateTenants?: boolean;
    allowedToReadBitlockerKeysForOwnedDevice?: boolean;
    allowedToReadOtherUsers?: boolean;
    permissionGrantPoliciesAssigned?: string[];
  };
  authenticationMethods?: {
    policyMigrationState?: 'preMigration' | 'migrationInProgress' | 'migrationComplete';
    sms?: MethodState;
    voice?: MethodState;
    email?: MethodState;
    fido2?: MethodState;
    microsoftAuthenticator?: MethodState;
    softwareOath?: MethodState;
    temporaryAccessPass?: MethodState;
    authenticatorAppContext?: ContextState;
    authenticatorLocationContext?: ContextState;
    systemPreferred?: ContextState;
  };
  adminConsentRequests?: { isEnabled?: boolean; reviewers?: number };
  passwordValidityPeriodInDays?: number;
  appManagementPolicy?: { isEnabled?: boolean; maxPasswordLifetimeDays?: number | null };
  pim?: { approvalRequiredForGlobalAdmin?: boolean; notificationRecipients?: string[] };
  groupCreationRestricted?: boolean;
  adminConsent?: 'accept' | 'refuse';
}

/** `POST /_emulator/tenants`. */
export interface EmulatorTenantInput {
  tenantId?: string;
  displayName?: string;
  licence?: EmulatorLicence;
  domains?: string[];
  generate?: EmulatorGenerateInput;
  users?: EmulatorExplicitUser[];
  conditionalAccess?: EmulatorConditionalAccessInput[];
  roles?: Record<string, EmulatorRoleSpec>;
  groups?: number;
  namedLocations?: number;
  appRegistrations?: EmulatorAppRegistrationsSpec;
  auditEventsPerDay?: number;
  signInsPerDay?: number;
  settings?: EmulatorTenantSettingsInput;
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
  /** The tenant's settings with every default applied. */
  settings?: EmulatorTenantSettingsInput;
}

interface EmulatorAppFields {
  displayName?: string;
  permissions?: string[];
  secretExpiresAt?: string;
  disabled?: boolean;
  conditionalAccessBlocked?: boolean;
  /** What admin consent grants; defaults to `permissions`. */
  requestedPermissions?: string[];
  multiTenant?: boolean;
  /** Lifetime of the app's access tokens (default 3600 s). */
  tokenLifetimeSeconds?: number;
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
  /** With `rotateSecret`: delete the older secrets. */
  removePreviousSecrets?: boolean;
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
  /** Answer a `$skiptoken` request with 400 Directory_ExpiredPageToken. */
  expirePageToken?: boolean;
  /** Refuse requests carrying `$count=true` with 400 Request_UnsupportedQuery; others run normally. */
  refuseCount?: boolean;
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
