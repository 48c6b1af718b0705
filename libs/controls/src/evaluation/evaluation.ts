import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { DatasetUnavailability } from '../model/dataset-availability';
import { DatasetPath } from '../datasets/dataset-path';

/**
 * One evaluation of the catalog over one tenant's data, fed page by page:
 * `feed` each page of each dataset, then `complete` it (or `markUnavailable` with the reason), then `finish`.
 * Datasets may arrive in any order; pages are handed to the controls that read them and not kept.
 */
export interface Evaluation {
  /** The datasets the catalog reads, in the order that keeps evaluators smallest. */
  readonly datasets: readonly DatasetPath[];
  feed(dataset: string, page: readonly unknown[]): void;
  complete(dataset: string): void;
  markUnavailable(dataset: string, reason: DatasetUnavailability): void;
  /** One result per control, in catalog order. The evaluation cannot be fed afterwards. */
  finish(): EvaluatedControlResult[];
}
