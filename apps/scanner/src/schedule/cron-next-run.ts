import { CronExpression, CronExpressionParser } from 'cron-parser';
import { inWindow, nextOpening, windowOf, WindowMinutes } from './schedule-window';

export interface CronTiming extends WindowMinutes {
  cron: string;
  timezone: string;
}

/**
 * Each hop skips to the window's next opening, so this many hops look at least this many days ahead:
 * more than a year, so a zoned cron that enters the window only in one DST season is still found.
 */
const MAX_WINDOW_HOPS = 400;

/**
 * The cron's first fire time strictly after `after`, read in the schedule's time zone (DST included).
 * No stagger offset: the user chose exact times. With a UTC window, a fire outside it gives way to the
 * cron's first fire inside it. Null when no fire falls inside the window within MAX_WINDOW_HOPS openings
 * (validation refuses such a schedule, so this is a safety net, not a path).
 */
export function nextCronRunAfter(after: Date, timing: CronTiming): Date | null {
  const window = windowOf(timing);
  const expression = CronExpressionParser.parse(timing.cron, { currentDate: after, tz: timing.timezone });
  for (let hop = 0; hop <= MAX_WINDOW_HOPS; hop++) {
    const fire = nextFire(expression);
    if (fire === null) return null;
    const seconds = Math.floor(fire.getTime() / 1000);
    if (!window || inWindow(seconds, window)) return fire;
    expression.reset(new Date(nextOpening(seconds, window) * 1000 - 1));
  }
  return null;
}

function nextFire(expression: CronExpression): Date | null {
  try {
    return expression.next().toDate();
  } catch {
    return null;
  }
}
