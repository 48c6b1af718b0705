import { z } from 'zod';
import { BUILT_IN_ROLE_NAMES } from '../directory/role-catalog';
import { explicitUserSchema } from './explicit-user.schema';
import { tenantSettingsSchema } from './tenant-settings.schema';

const ratio = z.number().min(0).max(1);

export const DEFAULT_METHOD_WEIGHTS: Readonly<Record<string, number>> = {
  microsoftAuthenticatorPush: 0.6,
  softwareOneTimePasscode: 0.1,
  mobilePhone: 0.2,
  fido2: 0.05,
  windowsHelloForBusiness: 0.05,
};

/** Counts and ratios of a generated population; every user is a pure function of (seed, index). */
export const generateSpecSchema = z
  .object({
    users: z.number().int().min(0).max(10_000_000),
    guestRatio: ratio.default(0.1),
    disabledRatio: ratio.default(0.05),
    mfaRegisteredRatio: ratio.default(0.75),
    syncedRatio: ratio.default(0),
    staleSignInRatio: ratio.default(0.1),
    admins: z.number().int().min(0).default(2),
    methods: z.record(z.string(), z.number().positive()).default(DEFAULT_METHOD_WEIGHTS),
    seed: z.number().int().min(0).max(0x7fffffff).default(1),
  })
  .strict();

export const CONDITIONAL_ACCESS_KINDS = [
  'requireMfaAllUsers',
  'requireMfaAdmins',
  'blockLegacyAuthentication',
  'requirePhishingResistantMfaAdmins',
  'requirePhishingResistantMfaAllUsers',
  'blockHighUserRisk',
  'blockHighSignInRisk',
  'blockDeviceCodeFlow',
  'requireCompliantDevice',
  'requireManagedDeviceToRegisterSecurityInfo',
] as const;

export const conditionalAccessSpecSchema = z
  .object({
    kind: z.enum(CONDITIONAL_ACCESS_KINDS),
    state: z.enum(['enabled', 'disabled', 'enabledForReportingButNotEnforced']).default('enabled'),
    displayName: z.string().min(1).optional(),
    /** User object ids (e.g. break-glass accounts) the policy excludes. */
    excludeUsers: z.array(z.string().min(1)).default([]),
  })
  .strict();

const count = z.number().int().min(0);

/** Role members are taken in turn from the generated administrators (the first `generate.admins` users). */
export const roleSpecSchema = z
  .object({
    assigned: count.default(0),
    eligible: count.default(0),
    activated: count.default(0),
    /** Whose accounts hold the role: the generated admins, or guests / synced members (PA-09, PA-03 failures). */
    from: z.enum(['admins', 'guests', 'syncedMembers']).default('admins'),
  })
  .strict();

export const appRegistrationsSpecSchema = z
  .object({ count: count.default(3), expiredSecrets: count.default(0), expiringSoon: count.default(0), longLivedSecrets: count.default(0), withRiskyPermissions: count.default(0) })
  .strict();

export const licenceSchema = z.enum(['free', 'p1', 'p2']);

const domainName = z
  .string()
  .regex(/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'must be a DNS domain name');

export const tenantInputSchema = z
  .object({
    tenantId: z.guid().optional(),
    displayName: z.string().min(1).max(256).optional(),
    licence: licenceSchema.default('p1'),
    domains: z.array(domainName).default([]),
    generate: generateSpecSchema.optional(),
    /** Hand-written users; they replace the generated users at indexes 0…n−1 (a population of n is generated when `generate` is absent). */
    users: z.array(explicitUserSchema).max(10_000).default([]),
    conditionalAccess: z.array(conditionalAccessSpecSchema).default([{ kind: 'requireMfaAllUsers', state: 'enabled', excludeUsers: [] }]),
    /** Active permanent (`assigned`), PIM-eligible and PIM-activated members per role; default: the admins are Global Administrators. */
    roles: z.partialRecord(z.enum(BUILT_IN_ROLE_NAMES), roleSpecSchema).optional(),
    groups: count.max(100_000).default(8),
    namedLocations: count.max(1000).default(1),
    appRegistrations: appRegistrationsSpecSchema.prefault({}),
    auditEventsPerDay: count.max(1_000_000).default(20),
    signInsPerDay: count.max(1_000_000).default(50),
    settings: tenantSettingsSchema.prefault({}),
  })
  .strict();

export type GenerateSpec = z.output<typeof generateSpecSchema>;
export type RoleSpec = z.output<typeof roleSpecSchema>;
export type AppRegistrationsSpec = z.output<typeof appRegistrationsSpecSchema>;
export type ConditionalAccessSpec = z.output<typeof conditionalAccessSpecSchema>;
export type TenantInput = z.input<typeof tenantInputSchema>;
export type TenantSpec = z.output<typeof tenantInputSchema>;
export type Licence = TenantSpec['licence'];
