import { currentSecretWarnings, reachedSecretWarnings, secretAgeDays } from './secret-warnings';

const NOW = new Date('2026-06-01T00:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('secret warnings', () => {
  it('reaches 30, 14 and 7 days before expiry, and expiry itself', () => {
    const codes = (d: number) => reachedSecretWarnings({ secretEnteredAt: NOW, secretExpiresAt: days(d) }, NOW).map((w) => w.code);
    expect(codes(45)).toEqual([]);
    expect(codes(30)).toEqual(['EXPIRES_IN_30_DAYS']);
    expect(codes(10)).toEqual(['EXPIRES_IN_30_DAYS', 'EXPIRES_IN_14_DAYS']);
    expect(codes(3)).toEqual(['EXPIRES_IN_30_DAYS', 'EXPIRES_IN_14_DAYS', 'EXPIRES_IN_7_DAYS']);
    expect(codes(-1)).toContain('EXPIRED');
  });

  it('warns after 90 days of age and shows only the most urgent expiry warning', () => {
    const dates = { secretEnteredAt: days(-91), secretExpiresAt: days(5) };
    expect(secretAgeDays(dates.secretEnteredAt, NOW)).toBe(91);
    expect(currentSecretWarnings(dates, NOW).map((w) => w.code)).toEqual(['EXPIRES_IN_7_DAYS', 'OLDER_THAN_90_DAYS']);
    expect(currentSecretWarnings(dates, NOW)[1].message).toContain('Client secrets should be rotated every 90 days for security.');
  });
});
