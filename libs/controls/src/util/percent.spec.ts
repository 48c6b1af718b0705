import { formatPercent, meetsTarget, percentOneDecimal } from './percent';

describe('percent helpers', () => {
  it('rounds to one decimal, half up', () => {
    expect(percentOneDecimal(2, 3)).toBe(66.7);
    expect(percentOneDecimal(1, 8)).toBe(12.5);
    expect(percentOneDecimal(1, 2000)).toBe(0.1);
    expect(percentOneDecimal(1999, 2000)).toBe(100);
    expect(() => percentOneDecimal(0, 0)).toThrow();
  });

  it('compares exact counts with the target', () => {
    expect(meetsTarget(1999, 2000, 100)).toBe(false);
    expect(meetsTarget(2000, 2000, 100)).toBe(true);
    expect(meetsTarget(19, 20, 95)).toBe(true);
  });

  it('formats whole and fractional percentages', () => {
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(90.3)).toBe('90.3%');
  });
});
