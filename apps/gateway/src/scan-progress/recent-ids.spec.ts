import { RecentIds } from './recent-ids';

describe('RecentIds', () => {
  it('accepts an id once while it is remembered, forgetting the oldest beyond capacity', () => {
    const ids = new RecentIds(2);
    expect([ids.firstTime('a'), ids.firstTime('a'), ids.firstTime('b'), ids.firstTime('a')]).toEqual([true, false, true, false]);
    expect(ids.firstTime('c')).toBe(true);
    expect(ids.firstTime('a')).toBe(true);
    expect(ids.firstTime('c')).toBe(false);
  });
});
