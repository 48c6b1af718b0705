import { GRAPH_APP_ID, GRAPH_RESOURCE } from '../entra/access-token';
import { JwtError, JwtPayload, SigningKey } from '../entra/jwt';
import { EmulatorRequest, EmulatorResponse, header } from '../http/emulator-request';
import { graphError, GRAPH_ERRORS } from '../http/graph-error';
import { Tenant } from '../tenants/tenant';
import { TenantStore } from '../tenants/tenant-store';

export interface GraphCaller {
  tenant: Tenant;
  appId: string;
  roles: readonly string[];
}

export type GraphAuthentication = { ok: true; caller: GraphCaller } | { ok: false; response: EmulatorResponse };

const AUDIENCES = new Set([GRAPH_RESOURCE, `${GRAPH_RESOURCE}/`, GRAPH_APP_ID]);

const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", ' +
  `client_id="${GRAPH_APP_ID}"`;

export function bearerToken(request: EmulatorRequest): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header(request, 'authorization') ?? '')?.[1];
}

function unauthorized(request: EmulatorRequest, error: { code: string; message: string }): GraphAuthentication {
  return { ok: false, response: graphError(request, 401, error.code, error.message, { headers: { 'www-authenticate': WWW_AUTHENTICATE } }) };
}

function verify(key: SigningKey, token: string, now: Date): JwtPayload | JwtError {
  try {
    return key.verify(token, Math.floor(now.getTime() / 1000));
  } catch (error) {
    if (error instanceof JwtError) return error;
    throw error;
  }
}

/** Signature, lifetime, audience, and a tenant that still exists; permissions are checked later. */
export function authenticateGraphRequest(request: EmulatorRequest, key: SigningKey, tenants: TenantStore): GraphAuthentication {
  const token = bearerToken(request);
  if (!token) return unauthorized(request, GRAPH_ERRORS.emptyToken);
  const payload = verify(key, token, request.receivedAt);
  if (payload instanceof JwtError) {
    return unauthorized(request, payload.reason === 'expired' ? GRAPH_ERRORS.expiredToken : GRAPH_ERRORS.invalidToken);
  }
  if (typeof payload.aud !== 'string' || !AUDIENCES.has(payload.aud)) return unauthorized(request, GRAPH_ERRORS.invalidAudience);
  const tenant = typeof payload.tid === 'string' ? tenants.resolve(payload.tid) : undefined;
  if (!tenant || typeof payload.appid !== 'string') return unauthorized(request, GRAPH_ERRORS.invalidToken);
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is string => typeof role === 'string') : [];
  return { ok: true, caller: { tenant, appId: payload.appid, roles } };
}
