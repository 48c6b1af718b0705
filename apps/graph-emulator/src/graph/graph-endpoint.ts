import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { GraphCaller } from './graph-auth';
import { ODataQuery } from './odata-query';

export type ApiVersion = 'v1.0' | 'beta';

export interface GraphContext {
  request: EmulatorRequest;
  caller: GraphCaller;
  query: ODataQuery;
  version: ApiVersion;
}

/** One Graph endpoint; permissions live in the permission table, keyed by method and `path`. */
export interface GraphEndpoint {
  method: 'GET';
  /** Path after the version, e.g. `/users`. */
  path: string;
  versions: readonly ApiVersion[];
  /** Identity-and-access resource units before query discounts (GET users 2, most GETs 1). */
  baseCost: number;
  /** Served only to tenants with Entra ID P1 or P2. */
  requiresPremium?: boolean;
  handle(context: GraphContext): EmulatorResponse;
}
