import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse, Route } from '../http/emulator-request';
import { graphError, GRAPH_ERRORS } from '../http/graph-error';
import { applicationsEndpoint } from './applications.endpoint';
import { conditionalAccessPoliciesEndpoint } from './conditional-access-policies.endpoint';
import { authenticateGraphRequest } from './graph-auth';
import { ApiVersion, GraphEndpoint } from './graph-endpoint';
import { parseODataQuery } from './odata-query';
import { organizationEndpoint } from './organization.endpoint';
import { resourceUnitCost } from './resource-units';
import { userRegistrationDetailsEndpoint } from './user-registration-details.endpoint';
import { usersEndpoint } from './users.endpoint';

export const GRAPH_ENDPOINTS: readonly GraphEndpoint[] = [
  usersEndpoint,
  conditionalAccessPoliciesEndpoint,
  userRegistrationDetailsEndpoint,
  organizationEndpoint,
  applicationsEndpoint,
];

const UNSUPPORTED_FILTER = 'Unsupported query: the emulator does not implement $filter on this endpoint.';

/** Authentication, query parsing, the permission table and licence gates, then the endpoint itself. */
function serve(state: EmulatorState, endpoint: GraphEndpoint, version: ApiVersion) {
  return (request: EmulatorRequest): EmulatorResponse => {
    const auth = authenticateGraphRequest(request, state.signingKey, state.tenants);
    if (!auth.ok) return auth.response;
    const parsed = parseODataQuery(request.query);
    if (!parsed.ok) return graphError(request, 400, 'BadRequest', parsed.message);
    // Silently ignoring a filter would hand back wrong data; refuse it until an endpoint supports it.
    if (parsed.query.filter !== undefined) return graphError(request, 400, 'Request_UnsupportedQuery', UNSUPPORTED_FILTER);
    const { caller } = auth;
    const decision = state.permissions.check(endpoint.method, endpoint.path, caller.roles, parsed.query.select);
    if (!decision.granted) {
      const denial = decision.row.denial === 'AccessDenied' ? GRAPH_ERRORS.missingScopes : GRAPH_ERRORS.insufficientPrivileges;
      return graphError(request, 403, denial.code, denial.message);
    }
    if (endpoint.requiresPremium && caller.tenant.licence === 'free') {
      return graphError(request, 403, GRAPH_ERRORS.nonPremiumTenant.code, GRAPH_ERRORS.nonPremiumTenant.message);
    }
    const cost = resourceUnitCost(endpoint.baseCost, parsed.query);
    state.stats.addResourceUnits(cost);
    const response = endpoint.handle({ request, caller, query: parsed.query, version });
    return { ...response, headers: { ...response.headers, 'x-ms-resource-unit': String(cost) } };
  };
}

export function graphRoutes(state: EmulatorState): Route[] {
  // An endpoint without a permission row would be open to any token: refuse to start instead.
  const unguarded = GRAPH_ENDPOINTS.find((endpoint) => !state.permissions.hasRowFor(endpoint.method, endpoint.path));
  if (unguarded) throw new Error(`no permission row for ${unguarded.method} ${unguarded.path}`);
  return GRAPH_ENDPOINTS.flatMap((endpoint) =>
    endpoint.versions.map((version) => ({
      method: endpoint.method,
      pattern: `/${version}${endpoint.path}`,
      area: 'graph' as const,
      handle: serve(state, endpoint, version),
    })),
  );
}
