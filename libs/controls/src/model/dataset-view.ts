import { DatasetPath } from '../datasets/dataset-path';
import { DatasetUnavailability } from './dataset-availability';

/** What a declarative control's evaluator sees at the end: the rows it kept, and which datasets are missing. */
export interface DatasetView {
  rows<T>(dataset: DatasetPath): T[];
  /** A singleton dataset's object (or a collection's first row); null when absent. */
  single<T>(dataset: DatasetPath): T | null;
  unavailable(dataset: DatasetPath): DatasetUnavailability | null;
}
