import { batchRoutes } from '../batch/batch.route';
import { EmulatorState } from '../emulator-state';
import { Route } from '../http/emulator-request';
import { DIRECTORY_ENDPOINTS } from './endpoints/directory.endpoints';
import { organizationEndpoint } from './endpoints/organization.endpoint';
import { PIM_POLICY_ENDPOINTS } from './endpoints/pim-policy.endpoints';
import { POLICY_ENDPOINTS } from './endpoints/policy.endpoints';
import { REPORT_ENDPOINTS } from './endpoints/report.endpoints';
import { ROLE_ENDPOINTS } from './endpoints/role.endpoints';
import { usersDeltaEndpoint } from './endpoints/users-delta.endpoint';
import { usersEndpoint } from './endpoints/users.endpoint';
import { GraphEndpoint } from './graph-endpoint';
import { serveGraph } from './graph-serve';

export const GRAPH_ENDPOINTS: readonly GraphEndpoint[] = [
  usersDeltaEndpoint,
  usersEndpoint,
  organizationEndpoint,
  ...DIRECTORY_ENDPOINTS,
  ...POLICY_ENDPOINTS,
  ...ROLE_ENDPOINTS,
  ...PIM_POLICY_ENDPOINTS,
  ...REPORT_ENDPOINTS,
];

export function graphRoutes(state: EmulatorState): Route[] {
  // An endpoint without a permission row would be open to any token: refuse to start instead.
  const unguarded = GRAPH_ENDPOINTS.find((endpoint) => !state.permissions.hasRowFor(endpoint.method, endpoint.path));
  if (unguarded) throw new Error(`no permission row for ${unguarded.method} ${unguarded.path}`);
  const endpoints = GRAPH_ENDPOINTS.flatMap((endpoint) =>
    endpoint.versions.map((version) => ({
      method: endpoint.method,
      pattern: `/${version}${endpoint.path}`,
      area: 'graph' as const,
      handle: serveGraph(state, endpoint, version),
    })),
  );
  return [...batchRoutes(state), ...endpoints];
}
