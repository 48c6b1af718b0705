import { SyncScheduleDto, SyncScheduleKind } from '@trueconfig/common';
import { formatClock } from './schedule-time';
import { SyncScheduleEntity } from './sync-schedule.entity';

export function toSyncScheduleDto(row: SyncScheduleEntity): SyncScheduleDto {
  const cron = row.cron !== null;
  return {
    tenantId: row.tenantId,
    enabled: row.enabled,
    kind: cron ? SyncScheduleKind.CRON : SyncScheduleKind.INTERVAL,
    intervalSeconds: cron ? null : row.intervalSeconds,
    offsetSeconds: cron ? 0 : row.offsetSeconds,
    cron: row.cron,
    timezone: cron ? row.timezone : null,
    windowStart: formatClock(row.windowStartMinute),
    windowEnd: formatClock(row.windowEndMinute),
    nextRunAt: row.nextRunAt ? row.nextRunAt.toISOString() : null,
    lastRunAt: row.lastRunAt ? row.lastRunAt.toISOString() : null,
    lastScanId: row.lastScanId,
  };
}
