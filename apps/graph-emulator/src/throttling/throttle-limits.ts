import { ThrottleClass } from '../graph/graph-endpoint';

export interface ThrottleLimit {
  windowMs: number;
  /** Units per window: resource units for identity, requests otherwise. */
  capacity(tenantUsers: number): number;
  /** Whose budget is spent: one per app and tenant, or one per tenant shared by every app. */
  scope: 'app+tenant' | 'tenant';
  /** Conditional Access answers 429 without Retry-After. */
  sendsRetryAfter: boolean;
  /** Value of `x-ms-throttle-information` on a 429. */
  information: string;
}

/** Identity and access: 3,500 RU per 10 s under 50 users, 5,000 up to 500, 8,000 above. */
export function identityResourceUnits(tenantUsers: number): number {
  if (tenantUsers < 50) return 3500;
  return tenantUsers <= 500 ? 5000 : 8000;
}

/** Identity and access, per app across all tenants: 150,000 RU per 20 s. */
export const APP_WIDE_IDENTITY_LIMIT = { windowMs: 20_000, capacity: 150_000 } as const;

/** Graph's documented limits (GRAPH-FACTS "Throttling"), before `--throttle-scale`. */
export const THROTTLE_LIMITS: Readonly<Record<ThrottleClass, ThrottleLimit>> = {
  identity: { windowMs: 10_000, capacity: identityResourceUnits, scope: 'app+tenant', sendsRetryAfter: true, information: 'ResourceUnitLimitExceeded' },
  reports: { windowMs: 10_000, capacity: () => 5, scope: 'app+tenant', sendsRetryAfter: true, information: 'RequestLimitExceeded' },
  conditionalAccess: { windowMs: 1000, capacity: () => 1, scope: 'tenant', sendsRetryAfter: false, information: 'RequestLimitExceeded' },
};
