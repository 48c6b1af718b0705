import { LicenceTier } from '@trueconfig/common';

const P2_PLANS = new Set(['AAD_PREMIUM_P2']);
const P1_PLANS = new Set(['AAD_PREMIUM', 'AAD_PREMIUM_P1']);

/** The best Entra ID tier among the enabled service plans of the tenant's subscribed SKUs (rows of v1.0/subscribedSkus). */
export function licenceTierOf(skus: readonly unknown[]): LicenceTier {
  const plans = new Set(skus.flatMap(planNames));
  if ([...P2_PLANS].some((plan) => plans.has(plan))) return 'p2';
  if ([...P1_PLANS].some((plan) => plans.has(plan))) return 'p1';
  return 'free';
}

function planNames(sku: unknown): string[] {
  if (typeof sku !== 'object' || sku === null) return [];
  const { capabilityStatus, servicePlans } = sku as { capabilityStatus?: unknown; servicePlans?: unknown };
  if (capabilityStatus && capabilityStatus !== 'Enabled') return [];
  if (!Array.isArray(servicePlans)) return [];
  return servicePlans
    .map((plan) => (plan as { servicePlanName?: unknown; provisioningStatus?: unknown }))
    .filter((plan) => plan.provisioningStatus !== 'Disabled')
    .map((plan) => plan.servicePlanName)
    .filter((name): name is string => typeof name === 'string');
}
