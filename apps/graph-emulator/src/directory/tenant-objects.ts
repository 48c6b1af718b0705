import type { Domain, Group, IpNamedLocation, SubscribedSku } from '@microsoft/microsoft-graph-types';
import { seededGuid } from '../tenants/seeded-random';
import { Licence } from '../tenants/tenant-input.schema';
import { DAY_MS, isoSeconds, Typed, typed } from './odata-typed';

const SALT_GROUP = 60;
const SALT_LOCATION = 61;

export function domains(names: readonly string[], initial: string, defaultDomain: string, passwordValidityPeriodInDays: number): Domain[] {
  return names.map((id) => ({
    id,
    authenticationType: 'Managed',
    isAdminManaged: true,
    isDefault: id === defaultDomain,
    isInitial: id === initial,
    isRoot: true,
    isVerified: true,
    passwordNotificationWindowInDays: 14,
    passwordValidityPeriodInDays,
    supportedServices: id === initial ? ['Email', 'OfficeCommunicationsOnline'] : ['Email'],
  }));
}

const PLAN = {
  exchange: ['efb87545-963c-4e0d-99df-69c6916d9eb0', 'EXCHANGE_S_ENTERPRISE'],
  aadP1: ['41781fb2-bc02-4b7c-bd55-b576c07bb09d', 'AAD_PREMIUM'],
  aadP2: ['eec0eb4f-6444-4f95-aba0-50c24d67f998', 'AAD_PREMIUM_P2'],
} as const;

/** One Microsoft 365 SKU per licence tier: Business Basic (no Entra premium), E3 (P1), E5 (P2). */
const SKUS: Record<Licence, { skuId: string; skuPartNumber: string; plans: ReadonlyArray<readonly [string, string]> }> = {
  free: { skuId: '3b555118-da6a-4418-894f-7df1e2096870', skuPartNumber: 'O365_BUSINESS_ESSENTIALS', plans: [PLAN.exchange] },
  p1: { skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965', skuPartNumber: 'SPE_E3', plans: [PLAN.exchange, PLAN.aadP1] },
  p2: { skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', skuPartNumber: 'SPE_E5', plans: [PLAN.exchange, PLAN.aadP1, PLAN.aadP2] },
};

export function subscribedSkus(tenantId: string, licence: Licence, consumedUnits: number): SubscribedSku[] {
  const sku = SKUS[licence];
  return [
    {
      id: `${tenantId}_${sku.skuId}`,
      accountId: tenantId,
      appliesTo: 'User',
      capabilityStatus: 'Enabled',
      consumedUnits,
      prepaidUnits: { enabled: Math.max(25, consumedUnits), suspended: 0, warning: 0, lockedOut: 0 },
      servicePlans: sku.plans.map(([servicePlanId, servicePlanName]) => ({ servicePlanId, servicePlanName, provisioningStatus: 'Success', appliesTo: 'User' })),
      skuId: sku.skuId,
      skuPartNumber: sku.skuPartNumber,
      subscriptionIds: [],
    },
  ];
}

const GROUP_NAMES = ['All Staff', 'Finance', 'Engineering', 'Sales', 'Break Glass', 'Helpdesk', 'Project Apollo', 'Partners'];

export function groups(count: number, seed: number, referenceMs: number): Group[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `${GROUP_NAMES[index % GROUP_NAMES.length]}${index >= GROUP_NAMES.length ? ` ${index}` : ''}`;
    const unified = index % 2 === 0;
    return {
      id: seededGuid(seed, index, SALT_GROUP),
      displayName: name,
      description: `${name} group`,
      mailEnabled: unified,
      mailNickname: name.toLowerCase().replace(/[^a-z0-9]/g, ''),
      securityEnabled: !unified,
      groupTypes: unified ? ['Unified'] : [],
      visibility: unified ? 'Private' : null,
      isAssignableToRole: false,
      createdDateTime: isoSeconds(referenceMs - (300 + index) * DAY_MS),
    };
  });
}

export function namedLocations(count: number, seed: number, referenceMs: number): Array<Typed<IpNamedLocation>> {
  return Array.from({ length: count }, (_, index) =>
    typed('ipNamedLocation', {
      id: seededGuid(seed, index, SALT_LOCATION),
      displayName: index === 0 ? 'Head office' : `Branch office ${index}`,
      createdDateTime: isoSeconds(referenceMs - 200 * DAY_MS),
      modifiedDateTime: isoSeconds(referenceMs - 100 * DAY_MS),
      isTrusted: index === 0,
      ipRanges: [typed('iPv4CidrRange', { cidrAddress: `203.0.${113 + (index % 100)}.0/24` })],
    }),
  );
}
