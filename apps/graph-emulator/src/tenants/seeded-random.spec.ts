import { hash32, pickWeighted, seededGuid, unitFloat } from './seeded-random';

describe('seeded-random', () => {
  it('returns the same value for the same inputs and spreads values evenly', () => {
    expect(hash32(1, 2, 3)).toBe(hash32(1, 2, 3));
    const values = Array.from({ length: 10_000 }, (_, i) => unitFloat(9, i, 1));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('produces distinct version-4-shaped GUIDs', () => {
    const guids = new Set(Array.from({ length: 5000 }, (_, i) => seededGuid(1, i, 10)));
    expect(guids.size).toBe(5000);
    for (const guid of [...guids].slice(0, 50)) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('picks weighted keys in proportion to their weights', () => {
    const weights = [['a', 3], ['b', 1]] as const;
    expect(pickWeighted(weights, 0)).toBe('a');
    expect(pickWeighted(weights, 0.74)).toBe('a');
    expect(pickWeighted(weights, 0.76)).toBe('b');
    expect(pickWeighted(weights, 0.9999)).toBe('b');
  });
});
