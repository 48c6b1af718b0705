import { z } from 'zod';

export const GUEST_ROLE_IDS = {
  sameAsMembers: 'a0b1b346-4d3e-4e8b-98f8-753987be4970',
  limited: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
  restricted: '2af84b1e-32c8-42b7-82bc-daa82404023b',
} as const;

const methodState = z.enum(['enabled', 'disabled']);

/**
 * Tenant-wide settings the control catalog reads. Defaults are those of a new tenant (mostly FAIL
 * for a strict baseline), so a test produces a PASS tenant by setting the secure values explicitly.
 */
export const tenantSettingsSchema = z
  .object({
    securityDefaultsEnabled: z.boolean().default(false),
    authorizationPolicy: z
      .object({
        allowInvitesFrom: z.enum(['none', 'adminsAndGuestInviters', 'adminsGuestInvitersAndAllMembers', 'everyone']).default('everyone'),
        guestUserRole: z.enum(['sameAsMembers', 'limited', 'restricted']).default('limited'),
        allowEmailVerifiedUsersToJoinOrganization: z.boolean().default(true),
        allowedToSignUpEmailBasedSubscriptions: z.boolean().default(true),
        allowUserConsentForRiskyApps: z.boolean().default(false),
        blockMsolPowerShell: z.boolean().default(false),
        allowedToCreateApps: z.boolean().default(true),
        allowedToCreateSecurityGroups: z.boolean().default(true),
        allowedToCreateTenants: z.boolean().default(true),
        allowedToReadBitlockerKeysForOwnedDevice: z.boolean().default(true),
        allowedToReadOtherUsers: z.boolean().default(true),
        permissionGrantPoliciesAssigned: z.array(z.string()).default(['ManagePermissionGrantsForSelf.microsoft-user-default-legacy']),
      })
      .strict()
      .prefault({}),
    authenticationMethods: z
      .object({
        policyMigrationState: z.enum(['preMigration', 'migrationInProgress', 'migrationComplete']).default('preMigration'),
        sms: methodState.default('enabled'),
        voice: methodState.default('disabled'),
        email: methodState.default('enabled'),
        fido2: methodState.default('disabled'),
        microsoftAuthenticator: methodState.default('enabled'),
        softwareOath: methodState.default('disabled'),
        temporaryAccessPass: methodState.default('disabled'),
        authenticatorAppContext: z.enum(['default', 'enabled', 'disabled']).default('default'),
        authenticatorLocationContext: z.enum(['default', 'enabled', 'disabled']).default('default'),
        systemPreferred: z.enum(['default', 'enabled', 'disabled']).default('default'),
      })
      .strict()
      .prefault({}),
    adminConsentRequests: z
      .object({ isEnabled: z.boolean().default(false), reviewers: z.number().int().min(0).max(20).default(0) })
      .strict()
      .prefault({}),
    /** Per managed domain; Entra's "never expires" is 2147483647. */
    passwordValidityPeriodInDays: z.number().int().min(14).max(2147483647).default(2147483647),
    appManagementPolicy: z
      .object({ isEnabled: z.boolean().default(false), maxPasswordLifetimeDays: z.number().int().min(1).nullable().default(null) })
      .strict()
      .prefault({}),
    /** PIM role settings: approval for Global Administrator activation, extra admin notification recipients. */
    pim: z
      .object({ approvalRequiredForGlobalAdmin: z.boolean().default(false), notificationRecipients: z.array(z.string().email()).default([]) })
      .strict()
      .prefault({}),
    /** Whether a Group.Unified setting restricts Microsoft 365 group creation. */
    groupCreationRestricted: z.boolean().default(false),
    /** How the administrator answers an admin-consent request. */
    adminConsent: z.enum(['accept', 'refuse']).default('accept'),
  })
  .strict();

export type TenantSettings = z.output<typeof tenantSettingsSchema>;
export type TenantSettingsInput = z.input<typeof tenantSettingsSchema>;
