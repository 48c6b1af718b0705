import { ThrottleClass } from '../graph/graph-endpoint';
import { APP_WIDE_IDENTITY_LIMIT, THROTTLE_LIMITS } from './throttle-limits';
import { TokenBucket } from './token-bucket';

export interface ThrottleSubject {
  appId: string;
  tenantId: string;
  tenantUsers: number;
}

export type ThrottleDecision = { allowed: true; headers: Record<string, string> } | { allowed: false; headers: Record<string, string> };

/** Above 80 % of a budget Graph starts warning with `x-ms-throttle-limit-percentage` (0.8–1.8). */
const WARNING_RATIO = 0.8;

/** One bucket per (limit, app, tenant) — or per (limit, tenant) where Graph shares the budget. */
export class Throttler {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly scale: number) {}

  check(throttleClass: ThrottleClass, subject: ThrottleSubject, cost: number, nowMs: number): ThrottleDecision {
    const limit = THROTTLE_LIMITS[throttleClass];
    const appId = limit.scope === 'tenant' ? '-' : subject.appId;
    const units = throttleClass === 'identity' ? cost : 1;
    const bucket = this.bucket(`${throttleClass}/${appId}/${subject.tenantId}`, limit.capacity(subject.tenantUsers), limit.windowMs, nowMs);
    let outcome = bucket.take(units, nowMs);
    if (outcome.allowed && throttleClass === 'identity') {
      const appWide = this.bucket(`identity-app/${subject.appId}`, APP_WIDE_IDENTITY_LIMIT.capacity, APP_WIDE_IDENTITY_LIMIT.windowMs, nowMs);
      const global = appWide.take(units, nowMs);
      if (!global.allowed) {
        bucket.refund(units);
        outcome = global;
      }
    }
    const percentage: Record<string, string> = outcome.usedRatio > WARNING_RATIO ? { 'x-ms-throttle-limit-percentage': outcome.usedRatio.toFixed(2) } : {};
    if (outcome.allowed) return { allowed: true, headers: percentage };
    const scopeName = limit.scope === 'tenant' ? 'Tenant' : 'Tenant_Application';
    const headers: Record<string, string> = {
      ...percentage,
      'x-ms-throttle-scope': `${scopeName}/Read/${appId}/${subject.tenantId}`,
      'x-ms-throttle-information': limit.information,
    };
    if (limit.sendsRetryAfter) headers['retry-after'] = String(Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)));
    return { allowed: false, headers };
  }

  private bucket(key: string, capacity: number, windowMs: number, nowMs: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(capacity * this.scale, windowMs, nowMs);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  reset(): void {
    this.buckets.clear();
  }
}
