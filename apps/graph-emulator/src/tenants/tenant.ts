import type { ConditionalAccessPolicy } from '@microsoft/microsoft-graph-types';
import { randomUUID } from 'node:crypto';
import { TenantDirectory } from '../directory/tenant-directory';
import { AppRegistration } from './app-registration';
import { generateConditionalAccessPolicies } from './conditional-access-generator';
import { GenerateSpec, generateSpecSchema, Licence, TenantSpec } from './tenant-input.schema';
import { TenantSettings } from './tenant-settings.schema';
import { UserPopulation } from './user-population';

export interface Tenant {
  readonly tenantId: string;
  displayName: string;
  licence: Licence;
  /** Verified domains; the initial `*.onmicrosoft.com` one first. */
  readonly domains: readonly string[];
  readonly initialDomain: string;
  readonly defaultDomain: string;
  readonly createdDateTime: string;
  readonly population: UserPopulation;
  readonly conditionalAccessPolicies: ConditionalAccessPolicy[];
  readonly apps: Map<string, AppRegistration>;
  readonly spec: TenantSpec;
  /** Settings the control API may change after creation. */
  settings: TenantSettings;
  /** "Now" for generated timestamps (sign-ins, audits, schedules): the creation time. */
  readonly referenceMs: number;
  readonly directory: TenantDirectory;
}

export function initialDomainSlug(displayName: string): string {
  const slug = displayName.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 27);
  return slug || 'tenant';
}

/** Hand-written users need a population at least as large as their list. */
function effectiveGenerate(spec: TenantSpec): GenerateSpec | undefined {
  if (spec.users.length === 0) return spec.generate;
  const base = spec.generate ?? generateSpecSchema.parse({ users: 0, admins: 0 });
  return { ...base, users: Math.max(base.users, spec.users.length) };
}

export function createTenant(spec: TenantSpec, initialDomain: string, now: Date): Tenant {
  const customDomains = spec.domains.map((domain) => domain.toLowerCase());
  const defaultDomain = customDomains[0] ?? initialDomain;
  const createdDateTime = now.toISOString();
  const seed = spec.generate?.seed ?? 1;
  const tenant: Omit<Tenant, 'directory'> = {
    tenantId: (spec.tenantId ?? randomUUID()).toLowerCase(),
    displayName: spec.displayName ?? 'Contoso',
    licence: spec.licence,
    domains: [initialDomain, ...customDomains],
    initialDomain,
    defaultDomain,
    createdDateTime,
    population: new UserPopulation(effectiveGenerate(spec), { defaultDomain, initialDomain }, now, spec.users),
    conditionalAccessPolicies: generateConditionalAccessPolicies(spec.conditionalAccess, seed, createdDateTime),
    apps: new Map(),
    spec,
    settings: structuredClone(spec.settings),
    referenceMs: now.getTime(),
  };
  return Object.assign(tenant, { directory: new TenantDirectory(tenant as Tenant) });
}

export function tenantView(tenant: Tenant) {
  return {
    tenantId: tenant.tenantId,
    displayName: tenant.displayName,
    domains: tenant.domains,
    defaultDomain: tenant.defaultDomain,
    licence: tenant.licence,
    createdDateTime: tenant.createdDateTime,
    stats: {
      ...tenant.population.stats,
      deletedUsers: tenant.population.changes.deletedCount,
      conditionalAccessPolicies: tenant.conditionalAccessPolicies.length,
    },
    settings: tenant.settings,
    apps: [...tenant.apps.values()].map(({ clientId, displayName }) => ({ clientId, displayName })),
  };
}
