/** A tenant's automatic scans. Times are UTC; a window is "HH:MM" to "HH:MM" (may wrap midnight). */
export interface SyncScheduleDto {
  tenantId: string;
  enabled: boolean;
  /** At least one hour (3600 s). */
  intervalSeconds: number;
  /** Chosen by the scanner when the schedule is created, so tenants' runs spread across the interval. */
  offsetSeconds: number;
  windowStart: string | null;
  windowEnd: string | null;
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastScanId: string | null;
}
