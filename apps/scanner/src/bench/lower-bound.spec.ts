import { lowerBound } from './lower-bound';

describe('lowerBound', () => {
  it('takes the slowest bucket at its sustained rate, from served requests only', () => {
    const served = [
      { method: 'GET', path: '/beta/reports/authenticationMethods/userRegistrationDetails', status: 200, count: 101 },
      { method: 'GET', path: '/beta/reports/authenticationMethods/userRegistrationDetails', status: 429, count: 7 },
      { method: 'GET', path: '/v1.0/users', status: 200, count: 101 },
      { method: 'GET', path: '/v1.0/identity/conditionalAccess/policies', status: 200, count: 1 },
    ];
    const bound = lowerBound(served, 100_000, 50);
    expect(bound.perBucket.reports).toBeCloseTo(101 / 25);
    expect(bound.perBucket.identity).toBeCloseTo(101 / 40_000);
    expect(bound.perBucket.conditionalAccess).toBeCloseTo(1 / 50);
    expect(bound.seconds).toBeCloseTo(4.04);
    expect(bound.burstSeconds).toBe(0);
  });
});
