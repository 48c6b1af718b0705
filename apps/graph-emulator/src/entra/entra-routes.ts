import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse, Route } from '../http/emulator-request';
import { issueAccessToken, tokenLifetimeOf } from './access-token';
import { adminConsentHandler } from './admin-consent';
import { aadstsResponse, ENTRA_CONTENT_TYPE } from './aadsts-error';
import { validateClientCredentials } from './client-credentials.validator';
import { openIdConfiguration } from './openid-configuration';
import { resolveTenant } from './tenant-identifier';

function entraJson(body: unknown): EmulatorResponse {
  return { status: 200, body, contentType: ENTRA_CONTENT_TYPE, headers: { 'cache-control': 'no-store, no-cache' } };
}

function discovery(state: EmulatorState) {
  return (request: EmulatorRequest): EmulatorResponse => {
    const resolved = resolveTenant(state.tenants, request.params.tenant);
    if ('failure' in resolved) return aadstsResponse(request, resolved.failure);
    return entraJson(openIdConfiguration(request.baseUrl, resolved.tenant));
  };
}

function keys(state: EmulatorState) {
  return (request: EmulatorRequest): EmulatorResponse => {
    const resolved = resolveTenant(state.tenants, request.params.tenant);
    if ('failure' in resolved) return aadstsResponse(request, resolved.failure);
    return entraJson(state.signingKey.jwks(`${request.baseUrl}/${resolved.tenant.tenantId}/v2.0`));
  };
}

function token(state: EmulatorState) {
  return (request: EmulatorRequest): EmulatorResponse => {
    const form = new URLSearchParams(request.body);
    const outcome = validateClientCredentials(state.tenants, request.params.tenant, form, request.receivedAt);
    if (!outcome.ok) return aadstsResponse(request, outcome.failure);
    return entraJson({
      token_type: 'Bearer',
      expires_in: tokenLifetimeOf(outcome.app) - 1,
      ext_expires_in: tokenLifetimeOf(outcome.app) - 1,
      access_token: issueAccessToken(state.signingKey, outcome.tenant, outcome.app, request.receivedAt),
    });
  };
}

export function entraRoutes(state: EmulatorState): Route[] {
  return [
    { method: 'GET', pattern: '/:tenant/v2.0/.well-known/openid-configuration', area: 'entra', handle: discovery(state) },
    { method: 'GET', pattern: '/:tenant/discovery/v2.0/keys', area: 'entra', handle: keys(state) },
    { method: 'POST', pattern: '/:tenant/oauth2/v2.0/token', area: 'entra', handle: token(state) },
    { method: 'GET', pattern: '/:tenant/adminconsent', area: 'entra', handle: adminConsentHandler(state) },
    { method: 'GET', pattern: '/:tenant/v2.0/adminconsent', area: 'entra', handle: adminConsentHandler(state) },
  ];
}
