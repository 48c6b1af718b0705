/** Rows Graph returns per request at most: a counted dataset weighs as many requests as it will take. */
export const ROWS_PER_REQUEST = 999;

interface DatasetShare {
  /** Requests this dataset is expected to take: 1 until Graph gives a count. */
  weight: number;
  /** 0–1: read so far. */
  done: number;
}

/**
 * Percent by phase: token 5, datasets 10–90, evaluating 92, storing 96, 100 at the end. Within the
 * dataset span each dataset weighs the requests it needs: one for a small dataset, its expected pages
 * once Graph gave `$count` for a user-scaled one (which then moves the bar row by row). A dataset
 * without a count moves the bar only once read.
 */
export class ProgressPlan {
  static readonly STARTING = 0;
  static readonly TOKEN = 5;
  static readonly EVALUATING = 92;
  static readonly STORING = 96;
  static readonly FINISHED = 100;
  private static readonly DATASETS_FROM = 10;
  private static readonly DATASETS_TO = 90;
  private readonly shares = new Map<string, DatasetShare>();

  constructor(private readonly datasetCount: number) {}

  /** Graph said the dataset holds `expectedRows` rows. */
  expect(dataset: string, expectedRows: number): void {
    const share = this.share(dataset);
    share.weight = Math.max(1, Math.ceil(expectedRows / ROWS_PER_REQUEST));
  }

  /** Rows read so far of a dataset whose count is known (never counts as finished before `finished`). */
  read(dataset: string, rows: number, expectedRows: number | null): void {
    if (expectedRows === null || expectedRows <= 0) return;
    const share = this.share(dataset);
    share.done = Math.max(share.done, Math.min(0.99, rows / expectedRows));
  }

  /** The dataset was read, or given up on. */
  finished(dataset: string): void {
    this.share(dataset).done = 1;
  }

  /** Overall percent of the dataset phase so far. */
  datasets(): number {
    const span = ProgressPlan.DATASETS_TO - ProgressPlan.DATASETS_FROM;
    const known = [...this.shares.values()];
    const unseen = Math.max(0, this.datasetCount - known.length);
    const total = unseen + known.reduce((sum, share) => sum + share.weight, 0);
    const read = known.reduce((sum, share) => sum + share.weight * share.done, 0);
    const fraction = total === 0 ? 1 : Math.min(1, read / total);
    return ProgressPlan.DATASETS_FROM + Math.floor(span * fraction);
  }

  private share(dataset: string): DatasetShare {
    let share = this.shares.get(dataset);
    if (!share) {
      share = { weight: 1, done: 0 };
      this.shares.set(dataset, share);
    }
    return share;
  }
}

/** Never lets the reported percent go backwards, whatever order phases report in. */
export class MonotonicPercent {
  private value = 0;

  next(percent: number): number {
    this.value = Math.max(this.value, Math.min(100, Math.max(0, Math.round(percent))));
    return this.value;
  }
}

/** A dataset's own percent: rows read against Graph's count, null without a count. */
export function datasetPercent(rows: number, expectedRows: number | null): number | null {
  if (expectedRows === null) return null;
  if (expectedRows <= 0) return 100;
  return Math.min(100, Math.floor((rows * 100) / expectedRows));
}
