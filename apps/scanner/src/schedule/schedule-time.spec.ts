import { chooseOffset, formatClock, nextRunAfter, parseClock } from './schedule-time';

const at = (iso: string) => new Date(iso);
const HOUR = 3600;

describe('schedule time', () => {
  it('runs on the slots epoch + offset + k × interval, strictly after the given time', () => {
    const timing = { intervalSeconds: 6 * HOUR, offsetSeconds: 30 * 60, windowStartMinute: null, windowEndMinute: null };
    expect(nextRunAfter(at('2026-01-01T00:00:00Z'), timing).toISOString()).toBe('2026-01-01T00:30:00.000Z');
    expect(nextRunAfter(at('2026-01-01T00:30:00Z'), timing).toISOString()).toBe('2026-01-01T06:30:00.000Z');
  });

  it('moves a slot outside the window to its next opening, keeping the tenant offset inside the window', () => {
    const timing = { intervalSeconds: 24 * HOUR, offsetSeconds: 12 * HOUR + 45 * 60, windowStartMinute: 60, windowEndMinute: 300 };
    // Slot 12:45 is outside 01:00–05:00: next opening 01:00 next day + (12h45 mod 4h = 45 min).
    expect(nextRunAfter(at('2026-01-01T10:00:00Z'), timing).toISOString()).toBe('2026-01-02T01:45:00.000Z');
  });

  it('accepts a window that wraps midnight', () => {
    const timing = { intervalSeconds: 24 * HOUR, offsetSeconds: 23 * HOUR, windowStartMinute: 22 * 60, windowEndMinute: 2 * 60 };
    expect(nextRunAfter(at('2026-01-01T10:00:00Z'), timing).toISOString()).toBe('2026-01-01T23:00:00.000Z');
  });

  it('places each new tenant in the middle of the widest free gap (stagger by 30+ minutes, done for the user)', () => {
    const interval = 24 * HOUR;
    const first = chooseOffset([], interval, 'tenant-a');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(interval);
    const second = chooseOffset([first], interval, 'tenant-b');
    expect(Math.abs(second - first)).toBe(12 * HOUR);
    const offsets = [first, second];
    for (let i = 0; i < 20; i++) offsets.push(chooseOffset(offsets, interval, `t${i}`));
    const sorted = [...offsets].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((o, i) => o - sorted[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30 * 60);
  });

  it('reads and writes "HH:MM"', () => {
    expect(parseClock('01:30')).toBe(90);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('1:30')).toBeNull();
    expect(formatClock(90)).toBe('01:30');
    expect(formatClock(null)).toBeNull();
  });
});
