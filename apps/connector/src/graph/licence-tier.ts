import { LicenceTier } from '@trueconfig/common';

const P2_PLANS = new Set(['AAD_PREMIUM_P2']);
const P1_PLANS = new Set(['AAD_PREMIUM', 'AAD_PREMIUM_P1']);

/** The best Entra ID tier among the tenant's subscribed SKUs' enabled service plans. */
export function licenceTierOf(subscribedSkus: unknown): LicenceTier {
  const plans = new Set(valuesOf(subscribedSkus).flatMap((sku) => planNames(sku)));
  if ([...P2_PLANS].some((plan) => plans.has(plan))) return 'p2';
  if ([...P1_PLANS].some((plan) => plans.has(plan))) return 'p1';
  return 'free';
}

export function valuesOf(collection: unknown): Array<Record<string, unknown>> {
  const value = (collection as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

function planNames(sku: Record<string, unknown>): string[] {
  if (sku.capabilityStatus && sku.capabilityStatus !== 'Enabled') return [];
  const plans = Array.isArray(sku.servicePlans) ? (sku.servicePlans as Array<{ servicePlanName?: unknown }>) : [];
  return plans.map((plan) => plan.servicePlanName).filter((name): name is string => typeof name === 'string');
}
