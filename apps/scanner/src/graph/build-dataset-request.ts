import { DatasetCollector } from './dataset-collector';

export interface DatasetRequest {
  version: string;
  resource: string;
  /** OData query options, in the order Graph documents them. */
  query: Record<string, string>;
}

export function buildDatasetRequest(collector: DatasetCollector): DatasetRequest {
  const query: Record<string, string> = {};
  if (collector.select.length > 0) query.$select = collector.select.join(',');
  if (collector.top !== undefined) query.$top = String(collector.top);
  return { version: collector.version, resource: collector.resource, query };
}

/** The first page's URL, as logged and as the Graph client sends it. */
export function datasetRequestUrl(baseUrl: string, request: DatasetRequest): string {
  const query = Object.entries(request.query).map(([key, value]) => `${key}=${value}`);
  return `${baseUrl.replace(/\/+$/, '')}/${request.version}${request.resource}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
