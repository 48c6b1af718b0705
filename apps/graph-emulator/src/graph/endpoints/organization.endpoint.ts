import type { Organization } from '@microsoft/microsoft-graph-types';
import { Tenant } from '../../tenants/tenant';
import { GraphEndpoint } from '../graph-endpoint';
import { arraySource, pagedCollection } from '../paged-collection';

const PREMIUM_PLAN_ID = { p1: '41781fb2-bc02-4b7c-bd55-b576c07bb09d', p2: 'eec0eb4f-6444-4f95-aba0-50c24d67f998' } as const;

function organization(tenant: Tenant): Organization {
  const plans = tenant.licence === 'free' ? [] : [PREMIUM_PLAN_ID.p1, ...(tenant.licence === 'p2' ? [PREMIUM_PLAN_ID.p2] : [])];
  return {
    id: tenant.tenantId,
    displayName: tenant.displayName,
    tenantType: 'AAD',
    createdDateTime: tenant.createdDateTime,
    countryLetterCode: 'NL',
    preferredLanguage: 'en',
    onPremisesSyncEnabled: tenant.population.stats.syncedUsers > 0 ? true : null,
    assignedPlans: plans.map((servicePlanId) => ({
      assignedDateTime: tenant.createdDateTime,
      capabilityStatus: 'Enabled',
      service: 'AADPremiumService',
      servicePlanId,
    })),
    verifiedDomains: tenant.domains.map((name) => ({
      name,
      type: 'Managed',
      isDefault: name === tenant.defaultDomain,
      isInitial: name === tenant.initialDomain,
      capabilities: name === tenant.initialDomain ? 'Email, OfficeCommunicationsOnline' : 'Email',
    })),
  };
}

export const organizationEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/organization',
  versions: ['v1.0', 'beta'],
  baseCost: 1,
  handle(context) {
    return pagedCollection(context, arraySource([organization(context.caller.tenant)]), {
      context: 'organization',
      limits: { defaultTop: 100, maxTop: 999 },
    });
  },
};
