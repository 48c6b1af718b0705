import { randomUUID } from 'node:crypto';
import { AppInput, AppPatch } from './app-input.schema';
import { ClientSecret, createClientSecret } from './client-secret';

export interface AppRegistration {
  clientId: string;
  objectId: string;
  servicePrincipalId: string;
  displayName: string;
  permissions: string[];
  secrets: ClientSecret[];
  disabled: boolean;
  conditionalAccessBlocked: boolean;
  createdDateTime: string;
  /** Permissions the app asks for at admin consent (its manifest), distinct from those granted. */
  requestedPermissions: string[];
  /** Apps that other tenants may consent to. */
  multiTenant: boolean;
  /** Set on the service principal of a multi-tenant app consented into a tenant that is not its home. */
  homeTenantId?: string;
  /** Access tokens' lifetime when not the default. */
  tokenLifetimeSeconds?: number;
}

export function createAppRegistration(input: AppInput, now: Date): AppRegistration {
  return {
    clientId: (input.clientId ?? randomUUID()).toLowerCase(),
    objectId: randomUUID(),
    servicePrincipalId: randomUUID(),
    displayName: input.displayName ?? 'TrueConfig connector',
    permissions: [...new Set(input.permissions ?? [])],
    secrets: [
      createClientSecret({ value: input.clientSecret, secretId: input.secretId, expiresAt: input.secretExpiresAt, now }),
    ],
    disabled: input.disabled ?? false,
    conditionalAccessBlocked: input.conditionalAccessBlocked ?? false,
    createdDateTime: now.toISOString(),
    requestedPermissions: [...new Set(input.requestedPermissions ?? input.permissions ?? [])],
    multiTenant: input.multiTenant ?? false,
    tokenLifetimeSeconds: input.tokenLifetimeSeconds,
  };
}

/** Applies a partial update; returns the new secret when one was rotated in. */
export function patchAppRegistration(app: AppRegistration, patch: AppPatch, now: Date): ClientSecret | undefined {
  if (patch.displayName !== undefined) app.displayName = patch.displayName;
  if (patch.permissions !== undefined) app.permissions = [...new Set(patch.permissions)];
  if (patch.disabled !== undefined) app.disabled = patch.disabled;
  if (patch.conditionalAccessBlocked !== undefined) app.conditionalAccessBlocked = patch.conditionalAccessBlocked;
  if (patch.requestedPermissions !== undefined) app.requestedPermissions = [...new Set(patch.requestedPermissions)];
  if (patch.multiTenant !== undefined) app.multiTenant = patch.multiTenant;
  if (patch.tokenLifetimeSeconds !== undefined) app.tokenLifetimeSeconds = patch.tokenLifetimeSeconds;
  if (patch.rotateSecret) {
    const secret = createClientSecret({ expiresAt: patch.secretExpiresAt, now });
    // In place: a multi-tenant app's consented principals share this array (credentials live on the app).
    if (patch.removePreviousSecrets) app.secrets.splice(0, app.secrets.length);
    app.secrets.push(secret);
    return secret;
  }
  if (patch.secretExpiresAt !== undefined) latestSecret(app).endDateTime = new Date(patch.secretExpiresAt).toISOString();
  return undefined;
}

export function latestSecret(app: AppRegistration): ClientSecret {
  return app.secrets[app.secrets.length - 1];
}

/** The control API's view: never the secret values. */
export function appView(app: AppRegistration) {
  return {
    clientId: app.clientId,
    objectId: app.objectId,
    servicePrincipalId: app.servicePrincipalId,
    displayName: app.displayName,
    permissions: app.permissions,
    disabled: app.disabled,
    conditionalAccessBlocked: app.conditionalAccessBlocked,
    requestedPermissions: app.requestedPermissions,
    multiTenant: app.multiTenant,
    ...(app.homeTenantId ? { homeTenantId: app.homeTenantId } : {}),
    secrets: app.secrets.map(({ secretId, hint, startDateTime, endDateTime }) => ({ secretId, hint, startDateTime, endDateTime })),
  };
}
