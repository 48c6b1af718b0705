import { SyncScheduleDto } from '@trueconfig/common';
import { formatClock } from './schedule-time';
import { SyncScheduleEntity } from './sync-schedule.entity';

export function toSyncScheduleDto(row: SyncScheduleEntity): SyncScheduleDto {
  return {
    tenantId: row.tenantId,
    enabled: row.enabled,
    intervalSeconds: row.intervalSeconds,
    offsetSeconds: row.offsetSeconds,
    windowStart: formatClock(row.windowStartMinute),
    windowEnd: formatClock(row.windowEndMinute),
    nextRunAt: row.nextRunAt ? row.nextRunAt.toISOString() : null,
    lastRunAt: row.lastRunAt ? row.lastRunAt.toISOString() : null,
    lastScanId: row.lastScanId,
  };
}
