import { AppError, ErrorCode, isGuid, TenantCredentialsInput, TROUBLESHOOTING_PAGE } from '@trueconfig/common';
import { isDomainName, looksLikeEmail, looksLikePassword, looksLikeSecretId } from './credential-shapes';
import { TENANT_INPUT_MESSAGES as MESSAGES } from './tenant-input.messages';

export const DISPLAY_NAME_MAX = 256;
export const CLIENT_SECRET_MAX = 1024;

type Field = keyof TenantCredentialsInput;

/**
 * Checks what a user typed before anything touches Entra ID, and normalises it (trimmed; IDs in
 * lower case, since Entra compares them case-insensitively). The first bad field wins, in form order.
 * Messages never quote the secret.
 */
export function validateTenantInput(input: unknown): TenantCredentialsInput {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  return {
    displayName: validateDisplayName(text(raw.displayName)),
    directoryTenantId: validateDirectoryTenantId(unbrace(text(raw.directoryTenantId))),
    clientId: validateClientId(unbrace(text(raw.clientId))),
    clientSecret: validateClientSecret(text(raw.clientSecret)),
  };
}

function validateDisplayName(value: string): string {
  if (value === '') throw fieldError('displayName', MESSAGES.displayNameMissing);
  if (value.length > DISPLAY_NAME_MAX) throw fieldError('displayName', MESSAGES.displayNameTooLong(DISPLAY_NAME_MAX));
  return value;
}

function validateDirectoryTenantId(value: string): string {
  if (value === '') throw fieldError('directoryTenantId', MESSAGES.directoryTenantIdMissing);
  if (isGuid(value) || isDomainName(value)) return value.toLowerCase();
  if (isSignInCredential(value)) throw signInMixUp('directoryTenantId', MESSAGES.directoryTenantIdIsSignIn);
  throw fieldError('directoryTenantId', MESSAGES.directoryTenantIdInvalid);
}

function validateClientId(value: string): string {
  if (isGuid(value)) return value.toLowerCase();
  if (isSignInCredential(value)) throw signInMixUp('clientId', MESSAGES.clientIdIsSignIn);
  throw fieldError('clientId', MESSAGES.clientIdNotGuid);
}

function validateClientSecret(value: string): string {
  if (value === '') throw fieldError('clientSecret', MESSAGES.clientSecretMissing);
  if (value.length > CLIENT_SECRET_MAX) throw fieldError('clientSecret', MESSAGES.clientSecretTooLong(CLIENT_SECRET_MAX));
  if (looksLikeSecretId(value)) {
    throw fieldError('clientSecret', MESSAGES.clientSecretIsSecretId, TROUBLESHOOTING_PAGE.invalidCredentials.checkSecretExpiration);
  }
  return value;
}

function isSignInCredential(value: string): boolean {
  return looksLikeEmail(value) || looksLikePassword(value);
}

function signInMixUp(field: Field, message: string): AppError {
  return fieldError(field, message, TROUBLESHOOTING_PAGE.interactiveAuth.resolution);
}

function fieldError(field: Field, message: string, remediation?: readonly string[]): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, {
    details: { field },
    ...(remediation ? { remediation: [...remediation] } : {}),
  });
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Windows tools print GUIDs in braces: {xxxxxxxx-…}. */
function unbrace(value: string): string {
  return /^\{.*\}$/.test(value) ? value.slice(1, -1).trim() : value;
}
