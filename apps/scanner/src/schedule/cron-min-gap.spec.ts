import { shortestCronGapSeconds } from './cron-min-gap';

const HOUR = 3600;

describe('shortestCronGapSeconds', () => {
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('is an hour for a single minute in every hour, a day for one time a day', () => {
    expect(shortestCronGapSeconds([0], all(24))).toBe(HOUR);
    expect(shortestCronGapSeconds([30], [3])).toBe(24 * HOUR);
    expect(shortestCronGapSeconds([0], [1, 2])).toBe(HOUR);
  });

  it('finds the closest pair inside an hour and across the hour or midnight', () => {
    expect(shortestCronGapSeconds([0, 15, 30, 45], all(24))).toBe(15 * 60);
    expect(shortestCronGapSeconds([0, 59], [3])).toBe(59 * 60);
    expect(shortestCronGapSeconds([0, 59], [3, 4])).toBe(60);
    expect(shortestCronGapSeconds([0], [1, 23])).toBe(2 * HOUR);
    expect(shortestCronGapSeconds(all(60), all(24))).toBe(60);
  });
});
