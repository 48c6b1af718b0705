/** Cron schedules without a zone are read in UTC, like windows and interval slots. */
export const DEFAULT_TIMEZONE = 'UTC';

/** Whether the runtime's time zone database knows this IANA name ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
