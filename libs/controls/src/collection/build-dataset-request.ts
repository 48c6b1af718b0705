import { DatasetCollector } from './dataset-collector';

export interface DatasetRequest {
  version: string;
  resource: string;
  /** OData query options, in the order Graph documents them. */
  query: Record<string, string>;
  /** A singleton (e.g. the authorization policy) is handed over as a one-item page. */
  singleton?: boolean;
}

export function buildDatasetRequest(collector: DatasetCollector): DatasetRequest {
  const query: Record<string, string> = {};
  if (collector.select.length > 0) query.$select = collector.select.join(',');
  if (collector.top !== undefined) query.$top = String(collector.top);
  if (collector.dataset.filter) query.$filter = collector.dataset.filter;
  if (collector.dataset.expand) query.$expand = collector.dataset.expand;
  const request: DatasetRequest = { version: collector.version, resource: collector.resource, query };
  return collector.dataset.kind === 'singleton' ? { ...request, singleton: true } : request;
}

/** The first page's URL, as logged and as the Graph client sends it. */
export function datasetRequestUrl(baseUrl: string, request: DatasetRequest): string {
  const query = Object.entries(request.query).map(([key, value]) => `${key}=${value}`);
  return `${baseUrl.replace(/\/+$/, '')}/${request.version}${request.resource}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
