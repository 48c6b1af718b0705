import { valuesOf } from './licence-tier';

/**
 * The client secret's end date from the app's own passwordCredentials. Entra's `hint` is the secret's
 * first three characters; the credential whose hint matches is ours (null when none or several do).
 */
export function secretExpiryOf(applications: unknown, clientId: string, secretPrefix: string): Date | null {
  const app = valuesOf(applications).find((candidate) => String(candidate.appId).toLowerCase() === clientId.toLowerCase());
  const credentials = Array.isArray(app?.passwordCredentials) ? (app.passwordCredentials as Array<Record<string, unknown>>) : [];
  const matching = credentials.filter((credential) => credential.hint === secretPrefix && typeof credential.endDateTime === 'string');
  if (matching.length !== 1) return null;
  const end = new Date(matching[0].endDateTime as string);
  return Number.isNaN(end.getTime()) ? null : end;
}
