import { SyncScheduleDto } from '@trueconfig/common';
import { SyncSchedule } from './sync-schedule.type';

export function toSyncSchedule(dto: SyncScheduleDto): SyncSchedule {
  return {
    enabled: dto.enabled,
    kind: dto.kind,
    intervalSeconds: dto.intervalSeconds,
    offsetSeconds: dto.offsetSeconds,
    cron: dto.cron,
    timezone: dto.timezone,
    windowStart: dto.windowStart,
    windowEnd: dto.windowEnd,
    nextRunAt: dto.nextRunAt,
    lastRunAt: dto.lastRunAt,
    lastScanId: dto.lastScanId,
  };
}
