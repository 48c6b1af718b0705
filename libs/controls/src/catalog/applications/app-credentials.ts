export interface Credential {
  keyId?: string;
  displayName?: string | null;
  startDateTime?: string | null;
  endDateTime?: string | null;
}

export interface AppRow {
  id: string;
  appId?: string;
  displayName?: string;
  passwordCredentials?: Credential[];
  keyCredentials?: Credential[];
}

const DAY = 86_400_000;

export function lifetimeDays(credential: Credential): number | null {
  if (!credential.startDateTime || !credential.endDateTime) return null;
  return (Date.parse(credential.endDateTime) - Date.parse(credential.startDateTime)) / DAY;
}

export function isExpired(credential: Credential, now: Date): boolean {
  return Boolean(credential.endDateTime) && Date.parse(credential.endDateTime as string) < now.getTime();
}

/** An ISO 8601 duration's length in days (P180D, P1Y, P6M, PT4320H); null when unreadable. */
export function durationDays(duration: string | null | undefined): number | null {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration ?? '');
  if (!match || duration === 'P') return null;
  const [years, months, days, hours, minutes, seconds] = match.slice(1).map((v) => Number(v ?? 0));
  return years * 365 + months * 30 + days + hours / 24 + minutes / 1440 + seconds / 86400;
}
