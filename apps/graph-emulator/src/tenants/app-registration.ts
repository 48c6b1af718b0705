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
  };
}

/** Applies a partial update; returns the new secret when one was rotated in. */
export function patchAppRegistration(app: AppRegistration, patch: AppPatch, now: Date): ClientSecret | undefined {
  if (patch.displayName !== undefined) app.displayName = patch.displayName;
  if (patch.permissions !== undefined) app.permissions = [...new Set(patch.permissions)];
  if (patch.disabled !== undefined) app.disabled = patch.disabled;
  if (patch.conditionalAccessBlocked !== undefined) app.conditionalAccessBlocked = patch.conditionalAccessBlocked;
  if (patch.rotateSecret) {
    const secret = createClientSecret({ expiresAt: patch.secretExpiresAt, now });
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
    secrets: app.secrets.map(({ secretId, hint, startDateTime, endDateTime }) => ({ secretId, hint, startDateTime, endDateTime })),
  };
}
