import { SyncScheduleDto } from '../shared/sync-schedule.dto';

/** One entry per requested tenant id, in order; null where the tenant has no schedule. */
export type GetSyncSchedulesReply = Array<SyncScheduleDto | null>;
