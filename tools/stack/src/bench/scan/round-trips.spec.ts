import { median } from './round-trips';

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([0.009, 0.004, 0.005])).toBe(0.005);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
