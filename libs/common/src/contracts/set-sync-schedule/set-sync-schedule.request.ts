import { Caller } from '../shared/page';

/** Either `intervalSeconds` or `cron` (with an optional `timezone`), never both; neither: every 24 hours. */
export interface SyncScheduleInputDto {
  enabled: boolean;
  /** Defaults to 24 hours; at least one hour. */
  intervalSeconds?: number | null;
  /** Five-field standard cron, e.g. "0 3 * * 1-5"; may fire at most once an hour. */
  cron?: string | null;
  /** IANA time zone for `cron`, e.g. "Europe/Berlin"; defaults to "UTC". */
  timezone?: string | null;
  /** Both or neither, "HH:MM" UTC. */
  windowStart?: string | null;
  windowEnd?: string | null;
}

export interface SetSyncScheduleRequest extends Caller {
  tenantId: string;
  schedule: SyncScheduleInputDto;
}
