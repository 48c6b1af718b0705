import { randomBytes } from 'node:crypto';
import { AppRegistration } from '../tenants/app-registration';
import { Tenant } from '../tenants/tenant';
import { SigningKey } from './jwt';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const TOKEN_LIFETIME_SECONDS = 3600;

export interface AccessTokenClaims {
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  app_displayname: string;
  appid: string;
  appidacr: '1';
  idp: string;
  idtyp: 'app';
  oid: string;
  sub: string;
  tid: string;
  uti: string;
  ver: '1.0';
  roles?: string[];
}

/**
 * Graph accepts v1.0-format app tokens, so the claims follow that format: `iss` is
 * `https://sts.windows.net/{tid}/` as in real Graph tokens, not the v2.0 discovery issuer.
 */
export function accessTokenClaims(tenant: Tenant, app: AppRegistration, now: Date): AccessTokenClaims {
  const iat = Math.floor(now.getTime() / 1000);
  const issuer = `https://sts.windows.net/${tenant.tenantId}/`;
  return {
    aud: GRAPH_RESOURCE,
    iss: issuer,
    iat,
    nbf: iat,
    exp: iat + tokenLifetimeOf(app),
    app_displayname: app.displayName,
    appid: app.clientId,
    appidacr: '1',
    idp: issuer,
    idtyp: 'app',
    oid: app.servicePrincipalId,
    sub: app.servicePrincipalId,
    tid: tenant.tenantId,
    uti: randomBytes(16).toString('base64url').slice(0, 22),
    ver: '1.0',
    // Entra omits the claim entirely when nothing is granted; an empty array would be a tell.
    ...(app.permissions.length > 0 ? { roles: [...app.permissions] } : {}),
  };
}

export function tokenLifetimeOf(app: AppRegistration): number {
  return app.tokenLifetimeSeconds ?? TOKEN_LIFETIME_SECONDS;
}

export function issueAccessToken(key: SigningKey, tenant: Tenant, app: AppRegistration, now: Date): string {
  return key.sign({ ...accessTokenClaims(tenant, app, now) });
}
