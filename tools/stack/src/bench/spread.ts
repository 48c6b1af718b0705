export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of repeated measurements (the median of an even count is the mean of the middle two). */
export function spreadOf(values: number[]): Spread {
  if (values.length === 0) throw new Error('no measurements to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
