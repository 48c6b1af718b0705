import { badInput, SyncScheduleInputDto } from '@trueconfig/common';
import { parseCronExpression } from './cron-expression';
import { shortestCronGapSeconds } from './cron-min-gap';
import { nextCronRunAfter } from './cron-next-run';
import { formatClock } from './schedule-time';
import { WindowMinutes } from './schedule-window';
import { DEFAULT_TIMEZONE, isTimeZone } from './time-zone';

const MAX_TIMEZONE_LENGTH = 64;

export interface ValidCron {
  cron: string;
  timezone: string;
}

/** The cron half of a schedule: five valid fields, at most one fire per minimum interval, a known zone, a fire inside the window. */
export function validateCronInput(input: SyncScheduleInputDto, minIntervalSeconds: number, window: WindowMinutes, now: Date): ValidCron {
  if (input.intervalSeconds !== undefined && input.intervalSeconds !== null) {
    throw badInput('cron', 'A schedule runs either on an interval or on a cron expression: send intervalSeconds or cron, not both.');
  }
  const expression = parseCronExpression(input.cron);
  const gap = shortestCronGapSeconds(expression.minutes, expression.hours);
  if (gap < minIntervalSeconds) {
    const fix = minIntervalSeconds <= 3600 ? 'Give the minute field a single value, e.g. "0 * * * *" for hourly.' : `Choose hours at least ${describe(minIntervalSeconds)} apart.`;
    const limit = minIntervalSeconds === 3600 ? 'once an hour' : `once every ${describe(minIntervalSeconds)}`;
    throw badInput('cron', `cron "${expression.text}" can fire ${describe(gap)} after its previous run; schedules run at most ${limit} (the same minimum as intervalSeconds). ${fix}`);
  }
  const timezone = input.timezone ?? DEFAULT_TIMEZONE;
  if (typeof timezone !== 'string' || timezone.length > MAX_TIMEZONE_LENGTH || !isTimeZone(timezone)) {
    const given = typeof timezone === 'string' && timezone.length <= MAX_TIMEZONE_LENGTH ? `"${timezone}"` : 'what was sent';
    throw badInput('timezone', `timezone must be an IANA time zone name such as "Europe/Berlin" or "UTC"; ${given} is not one.`);
  }
  assertFires({ cron: expression.text, timezone, ...window }, now);
  return { cron: expression.text, timezone };
}

function assertFires(timing: ValidCron & WindowMinutes, now: Date): void {
  let next: Date | null;
  try {
    next = nextCronRunAfter(now, timing);
  } catch (error) {
    throw badInput('cron', `cron "${timing.cron}" can never fire (${error instanceof Error ? error.message : String(error)}), e.g. day 31 of a month that has 30.`);
  }
  if (next !== null) return;
  const inside = timing.windowStartMinute === null ? '' : ` inside the window ${formatClock(timing.windowStartMinute)}–${formatClock(timing.windowEndMinute)} UTC`;
  throw badInput('cron', `cron "${timing.cron}" (${timing.timezone}) never fires${inside}; change the cron or the window.`);
}

function describe(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'an hour' : `${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? 'one minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
