import { nextCronRunAfter } from './cron-next-run';

const at = (iso: string) => new Date(iso);
const noWindow = { windowStartMinute: null, windowEndMinute: null };
const next = (after: string, cron: string, timezone = 'UTC', window: { windowStartMinute: number | null; windowEndMinute: number | null } = noWindow) =>
  nextCronRunAfter(at(after), { cron, timezone, ...window })?.toISOString() ?? null;
const window = (start: string, end: string) => {
  const minute = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
  return { windowStartMinute: minute(start), windowEndMinute: minute(end) };
};

describe('nextCronRunAfter', () => {
  it('fires at the cron times in UTC, strictly after the given time', () => {
    expect(next('2026-01-01T10:00:00Z', '0 3 * * *')).toBe('2026-01-02T03:00:00.000Z');
    expect(next('2026-01-02T03:00:00Z', '0 3 * * *')).toBe('2026-01-03T03:00:00.000Z');
    expect(next('2026-01-02T02:59:59.999Z', '0 3 * * *')).toBe('2026-01-02T03:00:00.000Z');
  });

  it('fires on either day when both day-of-month and day-of-week are restricted, as Vixie cron does', () => {
    // 2026-01-02 and 2026-01-09 are Fridays; the 13th is a Tuesday.
    expect(next('2026-01-01T00:00:00Z', '0 0 13 * 5')).toBe('2026-01-02T00:00:00.000Z');
    expect(next('2026-01-09T00:00:00Z', '0 0 13 * 5')).toBe('2026-01-13T00:00:00.000Z');
  });

  it('reads the cron in a DST-free zone with a half-hour offset (Asia/Kolkata, UTC+05:30) the same all year', () => {
    // 2026-01-02 is a Friday: 09:00 IST is 03:30 UTC; after it, Monday the 5th.
    expect(next('2026-01-02T00:00:00Z', '0 9 * * 1-5', 'Asia/Kolkata')).toBe('2026-01-02T03:30:00.000Z');
    expect(next('2026-01-02T03:30:00Z', '0 9 * * 1-5', 'Asia/Kolkata')).toBe('2026-01-05T03:30:00.000Z');
    expect(next('2026-07-01T00:00:00Z', '0 9 * * *', 'Asia/Kolkata')).toBe('2026-07-01T03:30:00.000Z');
  });

  it('follows a zone through its DST change (Europe/Berlin: 03:00 local is 02:00 UTC in winter, 01:00 UTC in summer)', () => {
    expect(next('2026-03-27T12:00:00Z', '0 3 * * *', 'Europe/Berlin')).toBe('2026-03-28T02:00:00.000Z');
    expect(next('2026-03-28T12:00:00Z', '0 3 * * *', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('gives way to the first fire inside the UTC window when a fire falls outside it', () => {
    expect(next('2026-01-01T00:00:00Z', '0 3,12 * * *', 'UTC', window('10:00', '14:00'))).toBe('2026-01-01T12:00:00.000Z');
    expect(next('2026-01-01T10:00:00Z', '0 * * * *', 'UTC', window('01:00', '05:00'))).toBe('2026-01-02T01:00:00.000Z');
    // The window's end is exclusive: 05:00 is outside, so the next fire inside is the next day's 01:00.
    expect(next('2026-01-02T04:00:00Z', '0 * * * *', 'UTC', window('01:00', '05:00'))).toBe('2026-01-03T01:00:00.000Z');
    expect(next('2026-01-01T01:00:00Z', '0 */6 * * *', 'UTC', window('22:00', '02:00'))).toBe('2026-01-02T00:00:00.000Z');
    expect(next('2026-01-01T00:00:00Z', '30 8 * * *', 'Asia/Kolkata', window('02:00', '04:00'))).toBe('2026-01-01T03:00:00.000Z');
  });

  it('waits for the season in which a zoned cron falls inside the window', () => {
    // 03:00 Berlin is 01:00 UTC all summer (outside 01:30–02:30) and 02:00 UTC again from 25 October.
    expect(next('2026-04-01T00:00:00Z', '0 3 * * *', 'Europe/Berlin', window('01:30', '02:30'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('is null when the cron never fires inside the window', () => {
    expect(next('2026-01-01T00:00:00Z', '0 12 * * *', 'Asia/Kolkata', window('02:00', '04:00'))).toBeNull();
    expect(next('2026-01-01T00:00:00Z', '0 * * * *', 'UTC', window('01:15', '01:45'))).toBeNull();
  });
});
