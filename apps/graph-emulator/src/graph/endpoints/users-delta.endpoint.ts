import { EmulatorResponse, header } from '../../http/emulator-request';
import { graphError, GRAPH_CONTENT_TYPE } from '../../http/graph-error';
import { UserPopulation } from '../../tenants/user-population';
import { decodeDeltaToken, DeltaPosition, encodeDeltaToken } from '../delta-token';
import { GraphContext, GraphEndpoint } from '../graph-endpoint';
import { contextUrl } from '../paged-collection';
import { selectFields } from '../select-fields';
import { USER_DEFAULT_SELECT } from './users.endpoint';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;

/** Delta pages are sized by `Prefer: odata.maxpagesize=N` (or `$top`). */
function pageSize(context: GraphContext): number {
  const preferred = /odata\.maxpagesize=(\d+)/i.exec(header(context.request, 'prefer') ?? '')?.[1];
  return Math.min(MAX_PAGE, Math.max(1, Number(preferred ?? context.query.top ?? DEFAULT_PAGE)));
}

function link(context: GraphContext, tokenName: string, position: DeltaPosition): string {
  const select = context.query.select ? `$select=${context.query.select.join(',')}&` : '';
  return `${context.request.baseUrl}/${context.version}/users/delta?${select}${tokenName}=${encodeDeltaToken(position)}`;
}

function respond(context: GraphContext, value: object[], next: { nextLink?: string; deltaLink?: string }): EmulatorResponse {
  const body = {
    '@odata.context': contextUrl(context, 'users'),
    ...(next.nextLink ? { '@odata.nextLink': next.nextLink } : {}),
    ...(next.deltaLink ? { '@odata.deltaLink': next.deltaLink } : {}),
    value,
  };
  return { status: 200, body, contentType: GRAPH_CONTENT_TYPE };
}

function project(context: GraphContext, population: UserPopulation, index: number): Record<string, unknown> {
  return selectFields(population.user(index), context.query.select, USER_DEFAULT_SELECT);
}

function initialRound(context: GraphContext, population: UserPopulation, start: DeltaPosition): EmulatorResponse {
  const size = start.size ?? pageSize(context);
  const value: object[] = [];
  let index = start.offset ?? 0;
  for (; index < population.count && value.length < size; index++) {
    if (!population.changes.isDeleted(index)) value.push(project(context, population, index));
  }
  if (index < population.count) return respond(context, value, { nextLink: link(context, '$skiptoken', { version: start.version, offset: index, size }) });
  return respond(context, value, { deltaLink: link(context, '$deltatoken', { version: start.version }) });
}

/** Only what changed after the token's version; deleted users carry `@removed`. */
function changesSince(context: GraphContext, population: UserPopulation, version: number): EmulatorResponse {
  const value = population.changes.since(version).map(({ index, change }) =>
    change === 'deleted'
      ? { '@odata.type': '#microsoft.graph.user', id: population.user(index).id, '@removed': { reason: 'changed' } }
      : project(context, population, index),
  );
  return respond(context, value, { deltaLink: link(context, '$deltatoken', { version: population.changes.currentVersion }) });
}

export const usersDeltaEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/users/delta',
  versions: ['v1.0', 'beta'],
  baseCost: 2,
  handle(context) {
    const population = context.caller.tenant.population;
    const params = context.request.query;
    const deltaToken = params.get('$deltatoken');
    const skipToken = context.query.skipToken;
    const token = deltaToken ?? skipToken;
    if (token === undefined || token === null) return initialRound(context, population, { version: population.changes.currentVersion, offset: 0 });
    const position = decodeDeltaToken(token);
    if (!position) return graphError(context.request, 400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
    return deltaToken ? changesSince(context, population, position.version) : initialRound(context, population, position);
  },
};
