import { SyncScheduleDto } from '../shared/sync-schedule.dto';

export type SetSyncScheduleReply = SyncScheduleDto;
