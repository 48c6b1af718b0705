import { createHash } from 'node:crypto';
import { AppRegistration } from '../tenants/app-registration';
import { Tenant } from '../tenants/tenant';
import { TenantStore } from '../tenants/tenant-store';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from './access-token';
import { AadstsFailure } from './aadsts-error';
import { resolveTenant } from './tenant-identifier';

export type CredentialsOutcome = { ok: true; tenant: Tenant; app: AppRegistration } | { ok: false; failure: AadstsFailure };

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH_RESOURCES = new Set([GRAPH_RESOURCE, `${GRAPH_RESOURCE}/`, GRAPH_APP_ID]);

const fail = (failure: AadstsFailure): CredentialsOutcome => ({ ok: false, failure });

function scopeFailure(scopeParam: string | null, tenant: string): AadstsFailure | undefined {
  const scopes = (scopeParam ?? '').split(/\s+/).filter((scope) => scope && !OIDC_SCOPES.has(scope));
  if (scopes.length === 0) return { code: 900144, params: { parameter: 'scope' } };
  const notDefault = scopes.find((scope) => !scope.endsWith('/.default'));
  if (notDefault) return { code: 1002012, params: { scope: notDefault } };
  const foreign = scopes.map((scope) => scope.slice(0, -'/.default'.length)).find((resource) => !GRAPH_RESOURCES.has(resource));
  return foreign ? { code: 500011, params: { resource: foreign, tenant } } : undefined;
}

function secretFailure(app: AppRegistration, secret: string | null, now: Date): AadstsFailure | undefined {
  if (!secret) return { code: 7000218, params: {} };
  const matching = app.secrets.filter((candidate) => candidate.value === secret);
  if (matching.length === 0) return { code: 7000215, params: { appId: app.clientId } };
  const valid = matching.some((candidate) => new Date(candidate.endDateTime).getTime() > now.getTime());
  return valid ? undefined : { code: 7000222, params: { appId: app.clientId } };
}

/**
 * Entra's checks in order: request shape, tenant, scope, application, client authentication, then the
 * state of the service principal; a caller with a wrong secret learns nothing about the app's state.
 */
export function validateClientCredentials(store: TenantStore, tenantIdentifier: string, form: URLSearchParams, now: Date): CredentialsOutcome {
  const grantType = form.get('grant_type');
  if (!grantType) return fail({ code: 900144, params: { parameter: 'grant_type' } });
  if (grantType !== 'client_credentials') return fail({ code: 70003, params: {} });
  const resolved = resolveTenant(store, tenantIdentifier);
  if ('failure' in resolved) return fail(resolved.failure);
  const { tenant } = resolved;
  const clientId = form.get('client_id');
  if (!clientId) return fail({ code: 900144, params: { parameter: 'client_id' } });
  const scope = scopeFailure(form.get('scope'), tenantIdentifier);
  if (scope) return fail(scope);
  const app = tenant.apps.get(clientId.toLowerCase());
  if (!app) return fail({ code: 700016, params: { appId: clientId, tenant: tenantIdentifier } });
  const secret = secretFailure(app, form.get('client_secret'), now);
  if (secret) return fail(secret);
  if (app.disabled) return fail({ code: 7000112, params: { appId: app.clientId, appName: app.displayName } });
  if (app.conditionalAccessBlocked) return fail(conditionalAccessBlock(app));
  return { ok: true, tenant, app };
}

/** The challenge names the blocking workload-identity policy; its id is stable per app. */
function conditionalAccessBlock(app: AppRegistration): AadstsFailure {
  const hex = createHash('sha256').update(`ca-block:${app.clientId}`).digest('hex');
  const policyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const claims = { access_token: { capolids: { essential: true, values: [policyId] } } };
  return { code: 53003, params: {}, extra: { claims: JSON.stringify(claims) } };
}
