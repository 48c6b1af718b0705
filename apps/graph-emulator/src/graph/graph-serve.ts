import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { graphError, GRAPH_ERRORS } from '../http/graph-error';
import { authenticateGraphRequest, GraphCaller } from './graph-auth';
import { ApiVersion, GraphEndpoint } from './graph-endpoint';
import { parseODataQuery } from './odata-query';
import { gateQuery } from './query-gate';
import { resourceUnitCost } from './resource-units';

const PREMIUM_P2_REQUIRED = 'The tenant needs an AAD Premium 2 license.';

function licenceRefusal(request: EmulatorRequest, endpoint: GraphEndpoint, caller: GraphCaller): EmulatorResponse | undefined {
  const { licence } = caller.tenant;
  if (endpoint.licence === 'p1' && licence === 'free') {
    return graphError(request, 403, GRAPH_ERRORS.nonPremiumTenant.code, GRAPH_ERRORS.nonPremiumTenant.message);
  }
  if (endpoint.licence === 'p2' && licence !== 'p2') return graphError(request, 400, 'AadPremiumLicenseRequired', PREMIUM_P2_REQUIRED);
  return undefined;
}

function throttled(request: EmulatorRequest, headers: Record<string, string>): EmulatorResponse {
  return graphError(request, 429, 'TooManyRequests', 'Please retry again later.', { headers, innerCode: '429' });
}

/**
 * Authentication, query checks, the permission table and licence gates, then Graph's throttling
 * budgets, then the endpoint itself. Resource units are charged only for requests served.
 */
export function serveGraph(state: EmulatorState, endpoint: GraphEndpoint, version: ApiVersion) {
  return (request: EmulatorRequest): EmulatorResponse => {
    const auth = authenticateGraphRequest(request, state.signingKey, state.tenants);
    if (!auth.ok) return auth.response;
    const parsed = parseODataQuery(request.query);
    if (!parsed.ok) return graphError(request, 400, 'BadRequest', parsed.message);
    const gate = gateQuery(request, endpoint, parsed.query);
    if (!gate.ok) return gate.response;
    const { caller } = auth;
    const touched = [...(parsed.query.select ?? []), ...gate.filteredProperties];
    const decision = state.permissions.check(endpoint.method, endpoint.path, caller.roles, touched);
    if (!decision.granted) {
      const denial = decision.row.denial === 'AccessDenied' ? GRAPH_ERRORS.missingScopes : GRAPH_ERRORS.insufficientPrivileges;
      return graphError(request, 403, denial.code, denial.message);
    }
    const refusal = licenceRefusal(request, endpoint, caller);
    if (refusal) return refusal;
    const cost = resourceUnitCost(endpoint.baseCost, parsed.query);
    const throttleClass = endpoint.throttle ?? 'identity';
    const subject = { appId: caller.appId, tenantId: caller.tenant.tenantId, tenantUsers: caller.tenant.population.count };
    const budget = state.throttler.check(throttleClass, subject, cost, request.receivedAt.getTime());
    const unitHeader: Record<string, string> = throttleClass === 'identity' ? { 'x-ms-resource-unit': String(cost) } : {};
    if (!budget.allowed) return throttled(request, { ...unitHeader, ...budget.headers });
    const response = endpoint.handle({ request, caller, query: parsed.query, version, filter: gate.filter });
    if (response.status < 400 && throttleClass === 'identity') state.stats.addResourceUnits(cost);
    return { ...response, headers: { ...response.headers, ...unitHeader, ...budget.headers } };
  };
}
