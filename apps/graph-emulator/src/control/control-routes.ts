import { EmulatorState } from '../emulator-state';
import { bearerToken } from '../graph/graph-auth';
import { permissionOverrideSchema } from '../permissions/permission-override.schema';
import { EmulatorRequest, EmulatorResponse, Route, RouteHandler } from '../http/emulator-request';
import { AppsController } from './apps.controller';
import { ConditionalAccessController } from './conditional-access.controller';
import { controlError, controlJson, parseJsonBody } from './control-response';
import { FaultsController } from './faults.controller';
import { TenantChangesController } from './tenant-changes.controller';
import { TenantsController } from './tenants.controller';

/** The control API is for tests and operators, never for a holder of a Graph token. */
function refuseBearer(handle: RouteHandler): RouteHandler {
  return (request) =>
    bearerToken(request) ? controlError(403, 'Forbidden', 'The emulator control API refuses requests that carry a bearer token.') : handle(request);
}

function permissionRoutes(state: EmulatorState) {
  return {
    list: (): EmulatorResponse => controlJson(200, { value: state.permissions.list() }),
    override: (request: EmulatorRequest): EmulatorResponse => {
      const parsed = parseJsonBody(permissionOverrideSchema, request);
      return parsed.ok ? controlJson(200, state.permissions.override(parsed.value)) : parsed.response;
    },
  };
}

export function controlRoutes(state: EmulatorState): Route[] {
  const tenants = new TenantsController(state);
  const apps = new AppsController(state);
  const faults = new FaultsController(state);
  const permissions = permissionRoutes(state);
  const changes = new TenantChangesController(state);
  const conditionalAccess = new ConditionalAccessController(state);
  const table: Array<[string, string, RouteHandler]> = [
    ['GET', '/_emulator/health', () => controlJson(200, { status: 'ok' })],
    ['POST', '/_emulator/tenants', tenants.create],
    ['GET', '/_emulator/tenants', tenants.list],
    ['GET', '/_emulator/tenants/:tenantId', tenants.get],
    ['DELETE', '/_emulator/tenants/:tenantId', tenants.delete],
    ['PATCH', '/_emulator/tenants/:tenantId', changes.patch],
    ['POST', '/_emulator/tenants/:tenantId/users/changes', changes.userChanges],
    ['GET', '/_emulator/tenants/:tenantId/conditionalAccessPolicies', conditionalAccess.list],
    ['PATCH', '/_emulator/tenants/:tenantId/conditionalAccessPolicies/:policyId', conditionalAccess.patch],
    ['POST', '/_emulator/tenants/:tenantId/apps', apps.create],
    ['GET', '/_emulator/tenants/:tenantId/apps/:clientId', apps.get],
    ['PATCH', '/_emulator/tenants/:tenantId/apps/:clientId', apps.patch],
    ['DELETE', '/_emulator/tenants/:tenantId/apps/:clientId', apps.delete],
    ['POST', '/_emulator/faults', faults.create],
    ['GET', '/_emulator/faults', faults.list],
    ['DELETE', '/_emulator/faults', faults.clear],
    ['DELETE', '/_emulator/faults/:faultId', faults.delete],
    ['GET', '/_emulator/stats', () => controlJson(200, state.stats.snapshot())],
    ['DELETE', '/_emulator/stats', () => (state.stats.reset(), controlJson(204))],
    ['DELETE', '/_emulator/throttling', () => (state.throttler.reset(), controlJson(204))],
    ['GET', '/_emulator/permissions', permissions.list],
    ['PUT', '/_emulator/permissions', permissions.override],
  ];
  return table.map(([method, pattern, handle]) => ({ method, pattern, area: 'control' as const, handle: refuseBearer(handle) }));
}
