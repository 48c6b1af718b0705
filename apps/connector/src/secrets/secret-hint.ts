const HINT_LENGTH = 3;

/** The only part of a secret ever shown again: its last characters, so users can tell secrets apart. */
export function secretHint(secret: string): string {
  return secret.length > HINT_LENGTH * 3 ? secret.slice(-HINT_LENGTH) : '';
}
