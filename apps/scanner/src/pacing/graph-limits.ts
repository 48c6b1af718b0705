/** Graph's documented budgets (GRAPH-FACTS "Throttling"), before GRAPH_LIMIT_SCALE. */
export type GraphBucket = 'identity' | 'reports' | 'conditionalAccess';

export interface BucketLimit {
  /** Units per window: resource units for identity, requests for the others. */
  capacity: number;
  windowMs: number;
}

/** Identity and access: 3,500 RU per 10 s under 50 users, 5,000 up to 500, 8,000 above. */
export function identityResourceUnits(tenantUsers: number): number {
  if (tenantUsers < 50) return 3500;
  return tenantUsers <= 500 ? 5000 : 8000;
}

export function bucketLimit(bucket: GraphBucket, tenantUsers: number, scale: number): BucketLimit {
  if (bucket === 'reports') return { capacity: 5 * scale, windowMs: 10_000 };
  if (bucket === 'conditionalAccess') return { capacity: 1 * scale, windowMs: 1000 };
  return { capacity: identityResourceUnits(tenantUsers) * scale, windowMs: 10_000 };
}
