import { DatasetUnavailability, Evaluation } from '@trueconfig/controls';

/** Where a dataset's pages go: the evaluation, or a recording of a dataset read before the evaluation exists. */
export type DatasetTarget = Pick<Evaluation, 'feed' | 'complete' | 'markUnavailable'>;

/** Holds a small dataset read ahead (the subscribed SKUs that tell the licence) and replays it into the evaluation. */
export class RecordedDataset implements DatasetTarget {
  readonly rows: unknown[] = [];
  private state: { complete: true } | { reason: DatasetUnavailability } | null = null;

  constructor(private readonly path: string) {}

  get completed(): boolean {
    return this.state !== null && 'complete' in this.state;
  }

  feed(_dataset: string, page: readonly unknown[]): void {
    this.rows.push(...page);
  }

  complete(): void {
    this.state = { complete: true };
  }

  markUnavailable(_dataset: string, reason: DatasetUnavailability): void {
    this.state = { reason };
  }

  replayInto(target: DatasetTarget): void {
    if (this.state === null) return;
    if ('reason' in this.state) return target.markUnavailable(this.path, this.state.reason);
    target.feed(this.path, this.rows);
    target.complete(this.path);
  }
}
