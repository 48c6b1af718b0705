const DAY_MINUTES = 1440;

/**
 * The shortest time between two fire times of a cron with these minute and hour values, in seconds.
 * Runs on consecutive days are assumed possible (the day fields are not consulted), so the answer is
 * never longer than the real shortest gap: a cron accepted here never fires more often than allowed.
 */
export function shortestCronGapSeconds(minutes: readonly number[], hours: readonly number[]): number {
  const times = hours.flatMap((hour) => minutes.map((minute) => hour * 60 + minute)).sort((a, b) => a - b);
  let shortest = DAY_MINUTES - times[times.length - 1] + times[0];
  for (let i = 1; i < times.length; i++) shortest = Math.min(shortest, times[i] - times[i - 1]);
  return shortest * 60;
}
