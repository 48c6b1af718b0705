import { GRAPH_CONTENT_TYPE } from '../http/graph-error';
import { ApiVersion, GraphContext, GraphEndpoint } from './graph-endpoint';
import { arraySource, contextUrl, IndexedSource, pagedCollection } from './paged-collection';
import { selectFields } from './select-fields';

type Common = Omit<GraphEndpoint, 'handle' | 'method' | 'versions' | 'baseCost'> & {
  versions?: readonly ApiVersion[];
  baseCost?: number;
};

export interface CollectionSpec<T extends object> extends Common {
  /** The `$metadata#…` fragment; defaults to the path without its leading slash. */
  context?: string;
  maxTop?: number;
  items(context: GraphContext): readonly T[] | IndexedSource<T>;
}

function isIndexed<T>(items: readonly T[] | IndexedSource<T>): items is IndexedSource<T> {
  return !Array.isArray(items);
}

export function collectionEndpoint<T extends object>(spec: CollectionSpec<T>): GraphEndpoint {
  const { items, context: fragment, maxTop, versions, baseCost, ...rest } = spec;
  return {
    ...rest,
    method: 'GET',
    versions: versions ?? ['v1.0', 'beta'],
    baseCost: baseCost ?? 1,
    handle(context) {
      const found = items(context);
      const source = isIndexed(found) ? found : arraySource(found);
      return pagedCollection(context, source, {
        context: fragment ?? spec.path.slice(1),
        limits: { defaultTop: 100, maxTop: maxTop ?? 999 },
      });
    },
  };
}

export interface SingletonSpec extends Common {
  context?: string;
  /** Beta returns some singletons as a one-element collection (authorizationPolicy). */
  wrapInValueOnBeta?: boolean;
  build(context: GraphContext): object;
}

export function singletonEndpoint(spec: SingletonSpec): GraphEndpoint {
  const { build, context: fragment, versions, baseCost, wrapInValueOnBeta, ...rest } = spec;
  return {
    ...rest,
    method: 'GET',
    versions: versions ?? ['v1.0', 'beta'],
    baseCost: baseCost ?? 1,
    handle(context) {
      const entity = selectFields(build(context), context.query.select);
      const name = fragment ?? spec.path.slice(1);
      const body =
        wrapInValueOnBeta && context.version === 'beta'
          ? { '@odata.context': contextUrl(context, name), value: [entity] }
          : { '@odata.context': `${contextUrl(context, name)}/$entity`, ...entity };
      return { status: 200, body, contentType: GRAPH_CONTENT_TYPE };
    },
  };
}
