import { EmulatorResponse, header } from '../http/emulator-request';
import { graphError, GRAPH_CONTENT_TYPE, GRAPH_ERRORS } from '../http/graph-error';
import { GraphContext } from './graph-endpoint';
import { nextPageQuery } from './odata-query';
import { decodePageToken, encodePageToken } from './page-token';
import { selectFields } from './select-fields';

export interface PageLimits {
  defaultTop: number;
  maxTop: number;
}

/** Items addressed by index, so a page is computed without touching the rest of the collection. */
export interface IndexedSource<T> {
  total: number;
  item(index: number): T;
}

export interface CollectionOptions {
  /** The `$metadata#…` fragment, e.g. `users`. */
  context: string;
  limits: PageLimits;
  defaultSelect?: readonly string[];
}

export function contextUrl(context: GraphContext, fragment: string): string {
  const selected = context.query.select ? `(${context.query.select.join(',')})` : '';
  return `${context.request.baseUrl}/${context.version}/$metadata#${fragment}${selected}`;
}

export function pagedCollection<T extends object>(context: GraphContext, source: IndexedSource<T>, options: CollectionOptions): EmulatorResponse {
  const { request, query } = context;
  const offset = query.skipToken === undefined ? 0 : decodePageToken(query.skipToken);
  if (offset === undefined) return graphError(request, 400, GRAPH_ERRORS.expiredPageToken.code, GRAPH_ERRORS.expiredPageToken.message);
  const size = query.top ?? options.limits.defaultTop;
  if (size < 1 || size > options.limits.maxTop) {
    const message = `Invalid page size specified: '${size}'. Must be between 1 and ${options.limits.maxTop} inclusive.`;
    return graphError(request, 400, 'Request_UnsupportedQuery', message);
  }
  const { value, end } = readPage(source, offset, size, context.filter, (item) => selectFields(item, query.select, options.defaultSelect));
  const counted = query.count && offset === 0 && header(request, 'consistencylevel')?.toLowerCase() === 'eventual';
  const body = {
    '@odata.context': contextUrl(context, options.context),
    ...(counted ? { '@odata.count': countMatching(source, context.filter) } : {}),
    // The last page has no nextLink key at all: PageIterator stops on its absence, not on null.
    ...(end < source.total ? { '@odata.nextLink': `${request.baseUrl}${request.path}?${nextPageQuery(request.query, encodePageToken(end))}` } : {}),
    value,
  };
  return { status: 200, body, contentType: GRAPH_CONTENT_TYPE };
}

/** Without a filter a page is a slice; with one, items are scanned from the token's index until the page is full. */
function readPage<T extends object>(
  source: IndexedSource<T>,
  offset: number,
  size: number,
  filter: ((item: object) => boolean) | undefined,
  project: (item: T) => Record<string, unknown>,
): { value: Record<string, unknown>[]; end: number } {
  const value: Record<string, unknown>[] = [];
  let index = offset;
  for (; index < source.total && value.length < size; index++) {
    const item = source.item(index);
    if (!filter || filter(item)) value.push(project(item));
  }
  return { value, end: index };
}

function countMatching<T extends object>(source: IndexedSource<T>, filter: ((item: object) => boolean) | undefined): number {
  if (!filter) return source.total;
  let count = 0;
  for (let index = 0; index < source.total; index++) if (filter(source.item(index))) count++;
  return count;
}

export function arraySource<T>(items: readonly T[]): IndexedSource<T> {
  return { total: items.length, item: (index) => items[index] };
}
