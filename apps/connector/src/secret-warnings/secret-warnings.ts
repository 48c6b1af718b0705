import { SecretWarningDto, TROUBLESHOOTING_PAGE } from '@trueconfig/common';

const DAY_MS = 86_400_000;
export const MAX_SECRET_AGE_DAYS = 90;
/** Days before expiry at which the rotation advice is given, most urgent last. */
export const EXPIRY_THRESHOLDS = [30, 14, 7] as const;

export interface SecretDates {
  secretEnteredAt: Date | null;
  secretExpiresAt: Date | null;
}

export function secretAgeDays(enteredAt: Date | null, now: Date): number | null {
  return enteredAt ? Math.max(0, Math.floor((now.getTime() - enteredAt.getTime()) / DAY_MS)) : null;
}

/** Every threshold the secret has reached, least urgent first (each is announced once). */
export function reachedSecretWarnings(dates: SecretDates, now: Date): SecretWarningDto[] {
  const warnings: SecretWarningDto[] = [];
  const { secretExpiresAt: expiresAt } = dates;
  if (expiresAt) {
    const daysLeft = Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS);
    const when = expiresAt.toISOString();
    for (const days of EXPIRY_THRESHOLDS) {
      if (daysLeft <= days) warnings.push({ code: `EXPIRES_IN_${days}_DAYS`, message: `The client secret expires within ${days} days (on ${when}): create a new secret and reconnect before it expires. ${TROUBLESHOOTING_PAGE.invalidCredentials.secretSecurity}` });
    }
    if (daysLeft <= 0) warnings.push({ code: 'EXPIRED', message: `The client secret expired on ${when}: create a new client secret and reconnect.` });
  }
  const age = secretAgeDays(dates.secretEnteredAt, now);
  if (age !== null && age >= MAX_SECRET_AGE_DAYS) {
    warnings.push({ code: `OLDER_THAN_${MAX_SECRET_AGE_DAYS}_DAYS`, message: `The client secret was entered ${age} days ago. ${TROUBLESHOOTING_PAGE.invalidCredentials.secretSecurity}` });
  }
  return warnings;
}

/** What a tenant shows: the most urgent expiry warning and the age warning. */
export function currentSecretWarnings(dates: SecretDates, now: Date): SecretWarningDto[] {
  const reached = reachedSecretWarnings(dates, now);
  const expiry = reached.filter((w) => !w.code.startsWith('OLDER_THAN'));
  return [...expiry.slice(-1), ...reached.filter((w) => w.code.startsWith('OLDER_THAN'))];
}
