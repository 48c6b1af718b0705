import { badInput, SyncScheduleInputDto } from '@trueconfig/common';
import { parseClock } from './schedule-time';

export const DEFAULT_INTERVAL_SECONDS = 24 * 3600;
const MAX_INTERVAL_SECONDS = 31 * 24 * 3600;

export interface ValidSchedule {
  enabled: boolean;
  intervalSeconds: number;
  windowStartMinute: number | null;
  windowEndMinute: number | null;
}

/** Checks a schedule as the API sends it; each refusal names the field and what to send instead. */
export function validateScheduleInput(input: SyncScheduleInputDto | undefined, minIntervalSeconds: number): ValidSchedule {
  if (!input || typeof input.enabled !== 'boolean') throw badInput('enabled', 'enabled must be true or false.');
  const interval = input.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  if (!Number.isInteger(interval) || interval < minIntervalSeconds || interval > MAX_INTERVAL_SECONDS) {
    throw badInput('intervalSeconds', `intervalSeconds must be a whole number of seconds from ${minIntervalSeconds} to ${MAX_INTERVAL_SECONDS} (31 days).`);
  }
  const start = input.windowStart ?? null;
  const end = input.windowEnd ?? null;
  if ((start === null) !== (end === null)) throw badInput(start === null ? 'windowStart' : 'windowEnd', 'Give both windowStart and windowEnd, or neither.');
  const startMinute = start === null ? null : parseClock(start);
  const endMinute = end === null ? null : parseClock(end);
  if (start !== null && startMinute === null) throw badInput('windowStart', 'windowStart must be a UTC time "HH:MM", e.g. "01:00".');
  if (end !== null && endMinute === null) throw badInput('windowEnd', 'windowEnd must be a UTC time "HH:MM", e.g. "05:00".');
  if (startMinute !== null && startMinute === endMinute) throw badInput('windowEnd', 'windowEnd must differ from windowStart.');
  return { enabled: input.enabled, intervalSeconds: interval, windowStartMinute: startMinute, windowEndMinute: endMinute };
}
