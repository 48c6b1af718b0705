import type { ConditionalAccessPolicy } from '@microsoft/microsoft-graph-types';
import { randomUUID } from 'node:crypto';
import { AppRegistration } from './app-registration';
import { generateConditionalAccessPolicies } from './conditional-access-generator';
import { Licence, TenantSpec } from './tenant-input.schema';
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
}

export function initialDomainSlug(displayName: string): string {
  const slug = displayName.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 27);
  return slug || 'tenant';
}

export function createTenant(spec: TenantSpec, initialDomain: string, now: Date): Tenant {
  const customDomains = spec.domains.map((domain) => domain.toLowerCase());
  const defaultDomain = customDomains[0] ?? initialDomain;
  const createdDateTime = now.toISOString();
  const seed = spec.generate?.seed ?? 1;
  return {
    tenantId: (spec.tenantId ?? randomUUID()).toLowerCase(),
    displayName: spec.displayName ?? 'Contoso',
    licence: spec.licence,
    domains: [initialDomain, ...customDomains],
    initialDomain,
    defaultDomain,
    createdDateTime,
    population: new UserPopulation(spec.generate, { defaultDomain, initialDomain }, now),
    conditionalAccessPolicies: generateConditionalAccessPolicies(spec.conditionalAccess, seed, createdDateTime),
    apps: new Map(),
  };
}

export function tenantView(tenant: Tenant) {
  return {
    tenantId: tenant.tenantId,
    displayName: tenant.displayName,
    domains: tenant.domains,
    defaultDomain: tenant.defaultDomain,
    licence: tenant.licence,
    createdDateTime: tenant.createdDateTime,
    stats: { ...tenant.population.stats, conditionalAccessPolicies: tenant.conditionalAccessPolicies.length },
    apps: [...tenant.apps.values()].map(({ clientId, displayName }) => ({ clientId, displayName })),
  };
}
