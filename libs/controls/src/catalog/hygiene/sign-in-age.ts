import { ResolvedSettings } from '../../settings/tenant-settings';

export interface SignInUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  accountEnabled?: boolean | null;
  createdDateTime?: string | null;
  signInActivity?: { lastSuccessfulSignInDateTime?: string | null; lastSignInDateTime?: string | null; lastNonInteractiveSignInDateTime?: string | null } | null;
}

const DAY = 86_400_000;

/** Days since the last successful sign-in (or since creation, for an account never used); null when unknown. */
export function idleDays(user: SignInUser, now: Date): number | null {
  const activity = user.signInActivity;
  const last = activity?.lastSuccessfulSignInDateTime ?? latest(activity?.lastSignInDateTime, activity?.lastNonInteractiveSignInDateTime) ?? user.createdDateTime;
  if (!last) return null;
  return Math.floor((now.getTime() - Date.parse(last)) / DAY);
}

export function isStale(user: SignInUser, settings: ResolvedSettings, limitDays: number): boolean {
  if (user.accountEnabled === false || settings.breakGlassAccounts.has(user.id) || !('signInActivity' in user)) return false;
  const days = idleDays(user, settings.evaluatedAt);
  return days === null || days > limitDays;
}

export function staleDetail(user: SignInUser, now: Date): string {
  const days = idleDays(user, now);
  const never = !user.signInActivity?.lastSuccessfulSignInDateTime && !user.signInActivity?.lastSignInDateTime;
  return days === null ? 'no sign-in recorded' : never ? `never signed in; created ${days} days ago` : `last successful sign-in ${days} days ago`;
}

function latest(a?: string | null, b?: string | null): string | null {
  if (!a || !b) return a ?? b ?? null;
  return Date.parse(a) > Date.parse(b) ? a : b;
}

/** " Sign-in activity as of 2026-11-27 09:00 UTC." when the evaluation knows when it was read (a scan), else "". */
export function signInsAsOfNote(settings: ResolvedSettings): string {
  const asOf = settings.signInActivityAsOf?.();
  if (!asOf) return '';
  return ` Sign-in activity as of ${asOf.toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
}
