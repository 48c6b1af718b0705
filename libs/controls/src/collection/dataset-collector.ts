import { DatasetDefinition } from '../datasets/dataset-definition';
import { datasetDefinition } from '../datasets/dataset-definitions';
import { DatasetPath } from '../datasets/dataset-path';

/** How one Graph dataset is read: endpoint, API version, `$select`, page size and the permission it needs. */
export interface DatasetCollector {
  dataset: DatasetDefinition;
  version: 'v1.0' | 'beta';
  /** The resource path under the version, e.g. `/users`. */
  resource: string;
  /** `$select`: exactly the fields the catalog reads (DatasetDefinition.fields). */
  select: readonly string[];
  /** `$top`: the endpoint's maximum page size; absent where the endpoint takes none. */
  top?: number;
  /** The least-privileged permission that grants the read. */
  permission: string;
}

export function defineCollector(path: DatasetPath, paging: { top?: number } = {}): DatasetCollector {
  const dataset = datasetDefinition(path);
  const [version, ...rest] = path.split('/');
  if (version !== 'v1.0' && version !== 'beta') throw new Error(`dataset ${path} names no Graph version`);
  return { dataset, version, resource: `/${rest.join('/')}`, select: dataset.fields ?? [], top: paging.top, permission: dataset.permissions[0] };
}

/** Users and registration details page at Graph's maximum of 999; CA policies come in one page. */
export const DATASET_COLLECTORS: ReadonlyMap<DatasetPath, DatasetCollector> = new Map(
  [
    defineCollector(DatasetPath.Users, { top: 999 }),
    defineCollector(DatasetPath.UserRegistrationDetails, { top: 999 }),
    defineCollector(DatasetPath.ConditionalAccessPolicies),
  ].map((collector) => [collector.dataset.path, collector]),
);

/**
 * The collector for a dataset: a tuned one above, else one derived from the catalog's definition (its
 * fields, `$top`, `$filter`, `$expand`), so a dataset the catalog adds is read without a change here.
 * Null for a dataset that is not a plain GET (e.g. a POST whose body comes from another dataset) or
 * whose `$filter` is a template; the scan then reports it "not collected" and its controls degrade.
 */
export function findCollector(path: DatasetPath): DatasetCollector | null {
  const tuned = DATASET_COLLECTORS.get(path);
  if (tuned) return tuned;
  const dataset = datasetDefinition(path);
  // A templated filter (e.g. audits since the previous scan) needs values this collector does not have yet.
  if (dataset.request || dataset.filter?.includes('{')) return null;
  return defineCollector(path, { top: dataset.top });
}

export function collectorFor(path: DatasetPath): DatasetCollector {
  const collector = findCollector(path);
  if (!collector) throw new Error(`no collector reads ${path}`);
  return collector;
}
