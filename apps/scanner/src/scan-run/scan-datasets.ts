import { CatalogDatasetPath, createEvaluation, datasetDefinition, DatasetPath, ENTRA_CATALOG } from '@trueconfig/controls';

/** The catalog a scan evaluates: every control. */
export const SCAN_CATALOG = ENTRA_CATALOG;

/** Read ahead of the rest: the subscribed SKUs tell the tenant's licence, which decides what else is requested. */
export const LICENCE_DATASET: DatasetPath = CatalogDatasetPath.SubscribedSkus;

/** Every dataset the catalog reads, in the order that keeps evaluators smallest. */
export const SCAN_DATASETS: readonly DatasetPath[] = createEvaluation(SCAN_CATALOG).datasets;

/**
 * Datasets read by a request built from another dataset (e.g. CA-12's getByIds) come after the rest. The
 * user-scaled ones start first: their page chains are the scan's longest, so the small ones fill the other lanes.
 */
export function readingPhases(datasets: readonly DatasetPath[]): [DatasetPath[], DatasetPath[]] {
  const rest = datasets.filter((path) => path !== LICENCE_DATASET);
  const independent = rest.filter((path) => !datasetDefinition(path).request);
  const longestFirst = [...independent.filter((path) => datasetDefinition(path).growsWithUsers), ...independent.filter((path) => !datasetDefinition(path).growsWithUsers)];
  return [longestFirst, rest.filter((path) => datasetDefinition(path).request !== undefined)];
}

/** At most this many directory audit entries are kept for drift (it shows five per changed control). */
export const MAX_DIRECTORY_AUDITS = 5000;
