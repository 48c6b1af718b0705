/**
 * Percent by phase: token 5, datasets share 10–90 in equal parts, evaluating 92, storing 96, 100 at the
 * end. Without Graph's `$count` a dataset's page total is unknown, so a dataset moves the bar once read.
 */
export class ProgressPlan {
  static readonly STARTING = 0;
  static readonly TOKEN = 5;
  static readonly EVALUATING = 92;
  static readonly STORING = 96;
  static readonly FINISHED = 100;
  private static readonly DATASETS_FROM = 10;
  private static readonly DATASETS_TO = 90;

  constructor(private readonly datasetCount: number) {}

  /** Percent once `done` of the datasets have been read (or given up on). */
  datasets(done: number): number {
    const span = ProgressPlan.DATASETS_TO - ProgressPlan.DATASETS_FROM;
    const share = this.datasetCount === 0 ? 1 : Math.min(done, this.datasetCount) / this.datasetCount;
    return ProgressPlan.DATASETS_FROM + Math.floor(span * share);
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
