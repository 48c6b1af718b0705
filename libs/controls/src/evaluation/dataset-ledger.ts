import { DatasetPath } from '../datasets/dataset-path';
import { DatasetAvailability, DatasetUnavailability } from '../model/dataset-availability';

const NOT_COLLECTED: DatasetUnavailability = { cause: 'not-collected', message: 'The dataset was not read in full.' };

/** Tracks each dataset: read in full (`complete`), unavailable with a reason, or neither (not collected). */
export class DatasetLedger implements DatasetAvailability {
  private readonly completed = new Set<DatasetPath>();
  private readonly failures = new Map<DatasetPath, DatasetUnavailability>();

  markComplete(dataset: DatasetPath): void {
    if (!this.failures.has(dataset)) this.completed.add(dataset);
  }

  markUnavailable(dataset: DatasetPath, reason: DatasetUnavailability): void {
    this.completed.delete(dataset);
    this.failures.set(dataset, reason);
  }

  isUnavailable(dataset: DatasetPath): boolean {
    return this.failures.has(dataset);
  }

  unavailable(dataset: DatasetPath): DatasetUnavailability | null {
    if (this.completed.has(dataset)) return null;
    return this.failures.get(dataset) ?? NOT_COLLECTED;
  }
}
