const DAY_SECONDS = 86_400;

/** Runs start only inside [start, end) minutes after midnight UTC; the window may wrap midnight. */
export interface ScheduleWindow {
  start: number;
  end: number;
  lengthSeconds: number;
}

export interface WindowMinutes {
  windowStartMinute: number | null;
  windowEndMinute: number | null;
}

export function windowOf({ windowStartMinute: start, windowEndMinute: end }: WindowMinutes): ScheduleWindow | null {
  if (start === null || end === null || start === end) return null;
  return { start, end, lengthSeconds: ((end - start + 1440) % 1440) * 60 };
}

export function inWindow(epochSeconds: number, { start, end }: ScheduleWindow): boolean {
  const minute = Math.floor((epochSeconds % DAY_SECONDS) / 60);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The window's first opening strictly after `epochSeconds`. */
export function nextOpening(epochSeconds: number, { start }: ScheduleWindow): number {
  const opening = epochSeconds - (epochSeconds % DAY_SECONDS) + start * 60;
  return opening > epochSeconds ? opening : opening + DAY_SECONDS;
}
