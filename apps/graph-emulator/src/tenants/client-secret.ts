import { randomInt, randomUUID } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SECRET_TAIL = `${ALPHANUMERIC}_.~-`;
const DEFAULT_LIFETIME_MS = 180 * 86_400_000;

export interface ClientSecret {
  secretId: string;
  value: string;
  hint: string;
  displayName: string;
  startDateTime: string;
  endDateTime: string;
}

function randomChars(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** Entra secret values are 40 characters: a 3-character hint, a digit, `Q~`, then 34 more. */
export function generateSecretValue(): string {
  return `${randomChars(ALPHANUMERIC, 3)}${randomInt(10)}Q~${randomChars(SECRET_TAIL, 34)}`;
}

export function createClientSecret(options: { value?: string; secretId?: string; expiresAt?: string; now: Date }): ClientSecret {
  const value = options.value ?? generateSecretValue();
  const end = options.expiresAt ? new Date(options.expiresAt) : new Date(options.now.getTime() + DEFAULT_LIFETIME_MS);
  return {
    secretId: options.secretId ?? randomUUID(),
    value,
    hint: value.slice(0, 3),
    displayName: 'TrueConfig',
    startDateTime: options.now.toISOString(),
    endDateTime: end.toISOString(),
  };
}
