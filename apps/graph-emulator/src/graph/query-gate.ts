import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { graphError } from '../http/graph-error';
import { GraphEndpoint } from './graph-endpoint';
import { filterPredicate, parseFilter } from './odata-filter';
import { ODataQuery } from './odata-query';

export type QueryGate = { ok: true; filter?: (item: object) => boolean; filteredProperties: string[] } | { ok: false; response: EmulatorResponse };

function resourceName(endpoint: GraphEndpoint): string {
  const last = endpoint.path.split('/').filter((segment) => !segment.startsWith(':')).pop() ?? '';
  return last.charAt(0).toUpperCase() + last.slice(1).replace(/s$/, '');
}

function unsupported(request: EmulatorRequest, endpoint: GraphEndpoint, property: string): QueryGate {
  const message = `Unsupported or invalid query filter clause specified for property '${property}' of resource '${resourceName(endpoint)}'.`;
  return { ok: false, response: graphError(request, 400, 'Request_UnsupportedQuery', message) };
}

/**
 * `$filter` only on the properties an endpoint supports. `$count=true` without `ConsistencyLevel:
 * eventual` is not refused: Graph silently ignores it and answers without `@odata.count`
 * (paged-collection adds the count only with the header).
 */
export function gateQuery(request: EmulatorRequest, endpoint: GraphEndpoint, query: ODataQuery): QueryGate {
  if (query.filter === undefined) return { ok: true, filteredProperties: [] };
  const parsed = parseFilter(query.filter);
  if (!parsed.ok) return { ok: false, response: graphError(request, 400, 'BadRequest', parsed.message) };
  const allowed = new Set((endpoint.filterable ?? []).map((name) => name.toLowerCase()));
  const refused = parsed.clauses.find((clause) => !allowed.has(clause.property.toLowerCase()));
  if (refused) return unsupported(request, endpoint, refused.property);
  const filteredProperties = parsed.clauses.map((clause) => clause.property.split('/')[0]);
  return { ok: true, filter: filterPredicate(parsed.clauses), filteredProperties };
}
