import { randomUUID } from 'node:crypto';
import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { AppRegistration } from '../tenants/app-registration';
import { Tenant } from '../tenants/tenant';
import { aadstsResponse } from './aadsts-error';
import { resolveTenant } from './tenant-identifier';

const DECLINED = 'AADSTS65004: User declined to consent to access the app.';

function redirect(redirectUri: string, params: Record<string, string | null>): EmulatorResponse {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== null) url.searchParams.set(name, value);
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store, no-cache' } };
}

/** The service principal a consent creates in a tenant that is not the app's home; credentials stay the app's. */
function consentedPrincipal(home: AppRegistration, homeTenant: Tenant): AppRegistration {
  return { ...home, objectId: randomUUID(), servicePrincipalId: randomUUID(), permissions: [], homeTenantId: homeTenant.tenantId, disabled: false };
}

function findApp(state: EmulatorState, tenant: Tenant, clientId: string): AppRegistration | undefined {
  const local = state.tenants.findApp(tenant, clientId);
  if (local) return local;
  const home = state.tenants.findMultiTenantApp(clientId);
  if (!home) return undefined;
  const principal = consentedPrincipal(home.app, home.tenant);
  tenant.apps.set(principal.clientId, principal);
  return principal;
}

/**
 * `GET /{tenant}/adminconsent`: the administrator's answer comes from the tenant's `adminConsent`
 * setting; accepting grants the app's requested permissions in that tenant (creating its service
 * principal there for a multi-tenant app registered elsewhere).
 */
export function adminConsentHandler(state: EmulatorState) {
  return (request: EmulatorRequest): EmulatorResponse => {
    const resolved = resolveTenant(state.tenants, request.params.tenant);
    if ('failure' in resolved) return aadstsResponse(request, resolved.failure);
    const { tenant } = resolved;
    const clientId = request.query.get('client_id');
    const redirectUri = request.query.get('redirect_uri');
    if (!clientId) return aadstsResponse(request, { code: 900144, params: { parameter: 'client_id' } });
    if (!redirectUri || !URL.canParse(redirectUri)) return aadstsResponse(request, { code: 900144, params: { parameter: 'redirect_uri' } });
    const stateParam = request.query.get('state');
    if (tenant.settings.adminConsent === 'refuse') {
      return redirect(redirectUri, { error: 'access_denied', error_description: DECLINED, state: stateParam });
    }
    const app = findApp(state, tenant, clientId);
    if (!app) return aadstsResponse(request, { code: 700016, params: { appId: clientId, tenant: request.params.tenant } });
    app.permissions = [...new Set([...app.permissions, ...app.requestedPermissions])];
    return redirect(redirectUri, { admin_consent: 'True', tenant: tenant.tenantId, state: stateParam });
  };
}
