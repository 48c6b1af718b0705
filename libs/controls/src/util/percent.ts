/**
 * `part` of `whole` as a percentage rounded to one decimal (half up): 372 of 412 → 90.3.
 * Pass/fail decisions compare exact counts (see `meetsTarget`), never this rounded figure.
 */
export function percentOneDecimal(part: number, whole: number): number {
  if (whole <= 0) throw new Error('percent of an empty whole');
  return Math.round((part * 1000) / whole) / 10;
}

/** Exact comparison: 999 of 1000 (99.9 %) does not meet a 100 % target even if displayed rounded. */
export function meetsTarget(part: number, whole: number, targetPercent: number): boolean {
  return part * 100 >= targetPercent * whole;
}

/** "90.3%", "100%". */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}
