/** How a schedule's run times are chosen: every `intervalSeconds` (staggered), or at a cron expression's times. */
export enum SyncScheduleKind {
  INTERVAL = 'INTERVAL',
  CRON = 'CRON',
}

/** A tenant's automatic scans. Times are UTC; a window is "HH:MM" to "HH:MM" (may wrap midnight). */
export interface SyncScheduleDto {
  tenantId: string;
  enabled: boolean;
  kind: SyncScheduleKind;
  /** At least one hour (3600 s); null for a cron schedule. */
  intervalSeconds: number | null;
  /**
   * Chosen by the scanner when an interval schedule is created, so tenants' runs spread across the
   * interval; always 0 for a cron schedule (it runs at exactly the times asked for).
   */
  offsetSeconds: number;
  /** Five-field cron ("minute hour day-of-month month day-of-week"); null for an interval schedule. */
  cron: string | null;
  /** IANA time zone the cron is read in (default "UTC"); null for an interval schedule. */
  timezone: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastScanId: string | null;
}
