import { identityResourceUnits } from './throttle-limits';
import { Throttler } from './throttler';
import { TokenBucket } from './token-bucket';

const subject = { appId: 'app-1', tenantId: 'tenant-1', tenantUsers: 10 };

describe('TokenBucket', () => {
  it('refills continuously over its window', () => {
    const bucket = new TokenBucket(10, 10_000, 0);
    expect(bucket.take(10, 0).allowed).toBe(true);
    expect(bucket.take(1, 0)).toEqual({ allowed: false, retryAfterMs: 1000, usedRatio: 1 });
    expect(bucket.take(1, 1000).allowed).toBe(true);
  });
});

describe('Throttler', () => {
  it('sizes identity budgets by tenant size', () => {
    expect([identityResourceUnits(49), identityResourceUnits(50), identityResourceUnits(500), identityResourceUnits(501)]).toEqual([3500, 5000, 5000, 8000]);
  });

  it('spends resource units per app and tenant, warns above 80 %, then answers with Retry-After and scope', () => {
    const throttler = new Throttler(1);
    for (let i = 0; i < 1750; i++) expect(throttler.check('identity', subject, 2, 0).allowed).toBe(true);
    const denied = throttler.check('identity', subject, 2, 0);
    expect(denied).toEqual({
      allowed: false,
      headers: {
        'x-ms-throttle-limit-percentage': '1.00',
        'retry-after': '1',
        'x-ms-throttle-scope': 'Tenant_Application/Read/app-1/tenant-1',
        'x-ms-throttle-information': 'ResourceUnitLimitExceeded',
      },
    });
    expect(throttler.check('identity', { ...subject, appId: 'app-2' }, 2, 0).allowed).toBe(true);
    expect(throttler.check('identity', subject, 2, 10).allowed).toBe(true);
  });

  it('allows five report requests per 10 s per app and tenant', () => {
    const throttler = new Throttler(1);
    const outcomes = Array.from({ length: 6 }, () => throttler.check('reports', subject, 1, 0).allowed);
    expect(outcomes).toEqual([true, true, true, true, true, false]);
    expect(throttler.check('reports', subject, 1, 0).headers['retry-after']).toBe('2');
    expect(throttler.check('reports', subject, 1, 2000).allowed).toBe(true);
  });

  it('allows one Conditional Access request per second per tenant, for all apps together, without Retry-After', () => {
    const throttler = new Throttler(1);
    expect(throttler.check('conditionalAccess', subject, 1, 0).allowed).toBe(true);
    const denied = throttler.check('conditionalAccess', { ...subject, appId: 'other' }, 1, 500);
    expect(denied.allowed).toBe(false);
    expect(denied.headers).not.toHaveProperty('retry-after');
    expect(throttler.check('conditionalAccess', subject, 1, 1000).allowed).toBe(true);
  });

  it('also spends a per-app budget of 150,000 RU per 20 s across tenants', () => {
    const throttler = new Throttler(1);
    const big = (tenant: number) => ({ appId: 'multi', tenantId: `t${tenant}`, tenantUsers: 1000 });
    for (let tenant = 0; tenant < 37; tenant++) {
      for (let i = 0; i < 2000; i++) throttler.check('identity', big(tenant), 2, 0);
    }
    expect(throttler.check('identity', big(37), 2, 0).allowed).toBe(true);
    for (let i = 0; i < 999; i++) throttler.check('identity', big(38), 2, 0);
    expect(throttler.check('identity', big(39), 2, 0).allowed).toBe(false);
  });

  it('multiplies every limit by the throttle scale', () => {
    const throttler = new Throttler(2);
    const outcomes = Array.from({ length: 3 }, () => throttler.check('conditionalAccess', subject, 1, 0).allowed);
    expect(outcomes).toEqual([true, true, false]);
  });
});
