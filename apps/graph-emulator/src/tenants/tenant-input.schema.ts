import { z } from 'zod';

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

export const CONDITIONAL_ACCESS_KINDS = ['requireMfaAllUsers', 'requireMfaAdmins', 'blockLegacyAuthentication'] as const;

export const conditionalAccessSpecSchema = z
  .object({
    kind: z.enum(CONDITIONAL_ACCESS_KINDS),
    state: z.enum(['enabled', 'disabled', 'enabledForReportingButNotEnforced']).default('enabled'),
    displayName: z.string().min(1).optional(),
  })
  .strict();

const domainName = z
  .string()
  .regex(/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'must be a DNS domain name');

export const tenantInputSchema = z
  .object({
    tenantId: z.guid().optional(),
    displayName: z.string().min(1).max(256).optional(),
    licence: z.enum(['free', 'p1', 'p2']).default('p1'),
    domains: z.array(domainName).default([]),
    generate: generateSpecSchema.optional(),
    conditionalAccess: z.array(conditionalAccessSpecSchema).default([{ kind: 'requireMfaAllUsers', state: 'enabled' }]),
  })
  .strict();

export type GenerateSpec = z.output<typeof generateSpecSchema>;
export type ConditionalAccessSpec = z.output<typeof conditionalAccessSpecSchema>;
export type TenantInput = z.input<typeof tenantInputSchema>;
export type TenantSpec = z.output<typeof tenantInputSchema>;
export type Licence = TenantSpec['licence'];
