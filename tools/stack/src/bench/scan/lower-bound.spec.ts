import { routeCost } from './graph-budgets';
import { lowerBound } from './lower-bound';

const URD = '/beta/reports/authenticationMethods/userRegistrationDetails';
const trips = { prefixSeconds: 0.1, pageSeconds: { '/v1.0/users': 0.02, [URD]: 0.03 }, requestSeconds: 0.005 };

describe('lowerBound', () => {
  it('credits each bucket its burst, counting served requests only', () => {
    const served = [
      { method: 'GET', path: URD, status: 200, count: 1001 },
      { method: 'GET', path: URD, status: 429, count: 7 },
      { method: 'GET', path: '/v1.0/users', status: 200, count: 20 },
      { method: 'GET', path: '/v1.0/identity/conditionalAccess/policies', status: 200, count: 1 },
    ];
    const bound = lowerBound(served, 1_000_000, 50, trips);
    expect(bound.perBucket.reports).toBeCloseTo((1001 - 250) / 25);
    expect(bound.perBucket.identity).toBe(0);
    expect(bound.sustainedSeconds).toBeCloseTo(1001 / 25);
    expect(bound.chainSeconds).toBeCloseTo(0.1 + 1001 * 0.03);
    // The Conditional Access policies are the one request outside the listings (the subscribed SKUs are the prefix's).
    expect(bound.serverSeconds).toBeCloseTo(0.1 + 1001 * 0.03 + 20 * 0.02 + 0.005);
    expect(bound.seconds).toBeCloseTo(30.53);
  });

  it('is the paging when the budgets hold every request: the longest listing, or all of them served one at a time', () => {
    const served = [
      { method: 'GET', path: URD, status: 200, count: 11 },
      { method: 'GET', path: '/v1.0/users', status: 200, count: 20 },
      { method: 'GET', path: '/v1.0/subscribedSkus', status: 200, count: 1 },
      { method: 'GET', path: '/v1.0/users/delta', status: 200, count: 4 },
    ];
    const bound = lowerBound(served, 10_000, 50, trips);
    expect(bound.perBucket.reports).toBe(0);
    expect(bound.chainSeconds).toBeCloseTo(0.1 + 20 * 0.02);
    expect(bound.serverSeconds).toBeCloseTo(0.1 + 20 * 0.02 + 11 * 0.03);
    expect(bound.seconds).toBeCloseTo(0.83);
  });
});

describe('routeCost', () => {
  it('follows the documented costs in their cheapest form', () => {
    expect(routeCost('/v1.0/users')).toEqual({ bucket: 'identity', units: 1 });
    expect(routeCost('/v1.0/subscribedSkus')).toEqual({ bucket: 'identity', units: 2 });
    expect(routeCost('/v1.0/groups/:groupId/transitiveMembers')).toEqual({ bucket: 'identity', units: 4 });
    expect(routeCost(URD)).toEqual({ bucket: 'reports', units: 1 });
    expect(routeCost('/beta/identity/conditionalAccess/namedLocations')).toEqual({ bucket: 'conditionalAccess', units: 1 });
  });
});
