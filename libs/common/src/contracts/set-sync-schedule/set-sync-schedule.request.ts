import { Caller } from '../shared/page';

export interface SyncScheduleInputDto {
  enabled: boolean;
  /** Defaults to 24 hours; at least one hour. */
  intervalSeconds?: number;
  /** Both or neither, "HH:MM" UTC. */
  windowStart?: string | null;
  windowEnd?: string | null;
}

export interface SetSyncScheduleRequest extends Caller {
  tenantId: string;
  schedule: SyncScheduleInputDto;
}
