import { inWindow, nextOpening, windowOf, WindowMinutes } from './schedule-window';

export interface ScheduleTiming extends WindowMinutes {
  intervalSeconds: number;
  offsetSeconds: number;
}

/**
 * The first run strictly after `after`: runs fall on the tenant's slots (epoch + offset + k × interval).
 * With a window (UTC, may wrap midnight), a slot outside it moves to the window's next opening plus the
 * tenant's offset folded into the window, so tenants sharing a window still start apart.
 */
export function nextRunAfter(after: Date, timing: ScheduleTiming): Date {
  const { intervalSeconds: interval, offsetSeconds: offset } = timing;
  const now = Math.floor(after.getTime() / 1000);
  let slot = (Math.floor((now - offset) / interval) + 1) * interval + offset;
  const window = windowOf(timing);
  if (window && !inWindow(slot, window)) slot = nextOpening(slot, window) + (offset % window.lengthSeconds);
  return new Date(slot * 1000);
}

/**
 * The offset for a new schedule: the middle of the widest gap between the offsets already taken (each
 * folded into this interval), so every new tenant lands as far as possible from the others. The first
 * tenant's offset comes from its id, so deployments do not all start at midnight.
 */
export function chooseOffset(taken: readonly number[], intervalSeconds: number, seed: string): number {
  const points = [...new Set(taken.map((t) => ((t % intervalSeconds) + intervalSeconds) % intervalSeconds))].sort((a, b) => a - b);
  if (points.length === 0) return hashOf(seed) % intervalSeconds;
  let best = { from: points[points.length - 1], gap: points[0] + intervalSeconds - points[points.length - 1] };
  for (let i = 1; i < points.length; i++) {
    const gap = points[i] - points[i - 1];
    if (gap > best.gap) best = { from: points[i - 1], gap };
  }
  return (best.from + Math.floor(best.gap / 2)) % intervalSeconds;
}

function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash;
}

/** "HH:MM" → minutes after midnight, or null when malformed. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatClock(minute: number | null): string | null {
  if (minute === null) return null;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
