import { DatasetPath } from '../datasets/dataset-path';
import { DatasetAvailability } from './dataset-availability';
import { ControlOutcome } from './control-outcome';

/**
 * A control's evaluator. It is fed the pages of the datasets it declared, in any order and any page
 * size, and must not keep whole user-scaled collections: it accumulates what its result needs.
 */
export interface ControlAccumulator {
  accept(dataset: DatasetPath, page: readonly unknown[]): void;
  /** Every page of this dataset has been accepted. */
  complete?(dataset: DatasetPath): void;
  /** This dataset will not be read in full (licence, permission, failure): no more of its pages come. */
  unavailable?(dataset: DatasetPath): void;
  finish(availability: DatasetAvailability): ControlOutcome;
}
