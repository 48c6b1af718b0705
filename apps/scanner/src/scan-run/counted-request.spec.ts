import { DatasetPath } from '@trueconfig/controls';
import { observingCount, odataCount, withRowCount } from './counted-request';

const request = { version: 'v1.0', resource: '/users', query: { $select: 'id', $top: '999' } };

describe('withRowCount', () => {
  it('asks for $count on the user-scaled datasets only', () => {
    expect(withRowCount(DatasetPath.Users, request)?.query).toEqual({ $select: 'id', $top: '999', $count: 'true' });
    expect(withRowCount(DatasetPath.UserRegistrationDetails, request)?.query.$count).toBe('true');
    expect(withRowCount(DatasetPath.ConditionalAccessPolicies, request)).toBe(request);
    expect(withRowCount(DatasetPath.Users, null)).toBeNull();
  });
});

describe('odataCount', () => {
  it('reads a whole non-negative @odata.count, else null', () => {
    expect(odataCount({ '@odata.count': 1200, value: [] })).toBe(1200);
    for (const page of [{ value: [] }, { '@odata.count': '12' }, { '@odata.count': -1 }, { '@odata.count': 1.5 }, null, 'x']) {
      expect(odataCount(page)).toBeNull();
    }
  });
});

describe('observingCount', () => {
  it('hands over the count of a counted page and returns every page unchanged', async () => {
    const counts: number[] = [];
    const first = { '@odata.count': 3, value: [1, 2] };
    const next = { value: [3] };
    expect(await observingCount(async () => first, (n) => counts.push(n))()).toBe(first);
    expect(await observingCount(async () => next, (n) => counts.push(n))()).toBe(next);
    expect(counts).toEqual([3]);
  });
});
