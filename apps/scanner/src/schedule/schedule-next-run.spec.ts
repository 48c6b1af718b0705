import { nextScheduledRun } from './schedule-next-run';

const after = new Date('2026-01-01T10:00:00Z');
const base = { offsetSeconds: 20 * 60, windowStartMinute: null, windowEndMinute: null };

describe('nextScheduledRun', () => {
  it('puts an interval schedule on its staggered slot', () => {
    expect(nextScheduledRun(after, { ...base, intervalSeconds: 3600, cron: null, timezone: null })?.toISOString()).toBe('2026-01-01T10:20:00.000Z');
  });

  it('runs a cron schedule at exactly its times: the stagger offset does not apply', () => {
    expect(nextScheduledRun(after, { ...base, intervalSeconds: null, cron: '0 * * * *', timezone: 'UTC' })?.toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(nextScheduledRun(after, { ...base, intervalSeconds: null, cron: '0 18 * * *', timezone: 'Asia/Kolkata' })?.toISOString()).toBe('2026-01-01T12:30:00.000Z');
  });

  it('has no next run without an interval or a cron', () => {
    expect(nextScheduledRun(after, { ...base, intervalSeconds: null, cron: null, timezone: null })).toBeNull();
  });
});
