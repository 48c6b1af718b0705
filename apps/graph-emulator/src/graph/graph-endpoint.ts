import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { GraphCaller } from './graph-auth';
import { ODataQuery } from './odata-query';

export type ApiVersion = 'v1.0' | 'beta';

/** Which of Graph's documented throttling limits an endpoint counts against. */
export type ThrottleClass = 'identity' | 'reports' | 'conditionalAccess';

export interface GraphContext {
  request: EmulatorRequest;
  caller: GraphCaller;
  query: ODataQuery;
  version: ApiVersion;
  /** The parsed `$filter`, when the endpoint supports the one given. */
  filter?: (item: object) => boolean;
}

/** One Graph endpoint; permissions live in the permission table, keyed by method and `path`. */
export interface GraphEndpoint {
  method: 'GET' | 'POST';
  /** Path after the version, e.g. `/users`; `:name` segments are parameters. */
  path: string;
  versions: readonly ApiVersion[];
  /** Identity-and-access resource units before query discounts (GET users 2, most GETs 1). */
  baseCost: number;
  /** Served only to tenants with this Entra ID licence (P1 gates are 403, P2 gates AadPremiumLicenseRequired). */
  licence?: 'p1' | 'p2';
  /** Defaults to the identity-and-access resource-unit buckets. */
  throttle?: ThrottleClass;
  /** Properties `$filter` may name (any other filter is refused with 400). */
  filterable?: readonly string[];
  handle(context: GraphContext): EmulatorResponse;
}
