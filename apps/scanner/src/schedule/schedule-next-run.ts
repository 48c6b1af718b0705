import { nextCronRunAfter } from './cron-next-run';
import { nextRunAfter } from './schedule-time';
import { WindowMinutes } from './schedule-window';
import { DEFAULT_TIMEZONE } from './time-zone';

export interface ScheduleTimes extends WindowMinutes {
  intervalSeconds: number | null;
  offsetSeconds: number;
  cron: string | null;
  timezone: string | null;
}

/** The schedule's first run strictly after `after`: its cron's times, or its staggered interval slots. Null: none. */
export function nextScheduledRun(after: Date, schedule: ScheduleTimes): Date | null {
  if (schedule.cron !== null) return nextCronRunAfter(after, { ...schedule, cron: schedule.cron, timezone: schedule.timezone ?? DEFAULT_TIMEZONE });
  if (schedule.intervalSeconds === null) return null;
  return nextRunAfter(after, { ...schedule, intervalSeconds: schedule.intervalSeconds });
}
