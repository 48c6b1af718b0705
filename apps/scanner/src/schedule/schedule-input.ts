import { badInput, SyncScheduleInputDto } from '@trueconfig/common';
import { validateCronInput } from './cron-input';
import { parseClock } from './schedule-time';
import { WindowMinutes } from './schedule-window';

export const DEFAULT_INTERVAL_SECONDS = 24 * 3600;
const MAX_INTERVAL_SECONDS = 31 * 24 * 3600;

/** Exactly one of `intervalSeconds` and `cron` is set; `timezone` goes with `cron`. */
export interface ValidSchedule extends WindowMinutes {
  enabled: boolean;
  intervalSeconds: number | null;
  cron: string | null;
  timezone: string | null;
}

/** Checks a schedule as the API sends it; each refusal names the field and what to send instead. */
export function validateScheduleInput(input: SyncScheduleInputDto | undefined, minIntervalSeconds: number, now = new Date()): ValidSchedule {
  if (!input || typeof input.enabled !== 'boolean') throw badInput('enabled', 'enabled must be true or false.');
  const window = validateWindow(input);
  if (input.cron !== undefined && input.cron !== null) {
    return { enabled: input.enabled, intervalSeconds: null, ...validateCronInput(input, minIntervalSeconds, window, now), ...window };
  }
  if (input.timezone !== undefined && input.timezone !== null) {
    throw badInput('timezone', 'timezone goes with cron: interval schedules and windows are UTC. Send cron too, or leave timezone out.');
  }
  const interval = input.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  if (!Number.isInteger(interval) || interval < minIntervalSeconds || interval > MAX_INTERVAL_SECONDS) {
    throw badInput('intervalSeconds', `intervalSeconds must be a whole number of seconds from ${minIntervalSeconds} to ${MAX_INTERVAL_SECONDS} (31 days).`);
  }
  return { enabled: input.enabled, intervalSeconds: interval, cron: null, timezone: null, ...window };
}

function validateWindow(input: SyncScheduleInputDto): WindowMinutes {
  const start = input.windowStart ?? null;
  const end = input.windowEnd ?? null;
  if ((start === null) !== (end === null)) throw badInput(start === null ? 'windowStart' : 'windowEnd', 'Give both windowStart and windowEnd, or neither.');
  const startMinute = start === null ? null : parseClock(start);
  const endMinute = end === null ? null : parseClock(end);
  if (start !== null && startMinute === null) throw badInput('windowStart', 'windowStart must be a UTC time "HH:MM", e.g. "01:00".');
  if (end !== null && endMinute === null) throw badInput('windowEnd', 'windowEnd must be a UTC time "HH:MM", e.g. "05:00".');
  if (startMinute !== null && startMinute === endMinute) throw badInput('windowEnd', 'windowEnd must differ from windowStart.');
  return { windowStartMinute: startMinute, windowEndMinute: endMinute };
}
