import { DatasetDefinition } from '../datasets/dataset-definition';
import { buildDatasetRequest, DatasetRequest } from './build-dataset-request';
import { DatasetCollector } from './dataset-collector';
import { licenceAtLeast } from './licence-gate';
import { CollectionFacts } from './collection-facts';

/**
 * The request a scan sends for a dataset: the collector's, with the full catalog's `catalogFields` in
 * `$select`, the licensed fields (e.g. users' signInActivity) when licence and permission allow them,
 * and a templated `$filter` filled in. Null when the filter needs a value the scan does not have.
 */
export function scanDatasetRequest(collector: DatasetCollector, facts: CollectionFacts): DatasetRequest | null {
  const request = buildDatasetRequest(collector);
  const query = { ...request.query };
  const select = [...collector.select, ...(collector.dataset.catalogFields ?? []), ...licensedFields(collector.dataset, facts)];
  if (select.length > 0) query.$select = [...new Set(select)].join(',');
  const licensedTop = licensedFields(collector.dataset, facts).length > 0 ? collector.dataset.licensedFields?.top : undefined;
  if (licensedTop !== undefined && query.$top !== undefined) query.$top = String(Math.min(Number(query.$top), licensedTop));
  if (collector.dataset.filter?.includes('{')) {
    const filter = fillFilter(collector.dataset.filter, facts);
    if (filter === null) return null;
    query.$filter = filter;
  }
  return { ...request, query };
}

function licensedFields(dataset: DatasetDefinition, facts: CollectionFacts): string[] {
  const licensed = dataset.licensedFields;
  // An unknown licence is not enough: selecting these fields without it fails the whole read.
  if (!licensed || facts.licence === null || !licenceAtLeast(facts.licence, licensed.licence)) return [];
  if (licensed.permission && !facts.grantedPermissions?.includes(licensed.permission)) return [];
  return licensed.fields;
}

function fillFilter(template: string, facts: CollectionFacts): string | null {
  if (template.includes('{previousScanStartedAt}')) {
    if (!facts.previousScanStartedAt) return null;
    return template.replace('{previousScanStartedAt}', facts.previousScanStartedAt.toISOString());
  }
  return null;
}
