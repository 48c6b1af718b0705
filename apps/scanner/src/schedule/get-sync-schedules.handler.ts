import { Injectable } from '@nestjs/common';
import { badInput, GetSyncSchedulesReply, GetSyncSchedulesRequest, isGuid } from '@trueconfig/common';
import { MAX_TENANTS_PER_BATCH } from '../scan/latest-scans.handler';
import { toSyncScheduleDto } from './sync-schedule.mapper';
import { SyncScheduleStore } from './sync-schedule.store';

/** Batched for the gateway's DataLoader: one entry per requested id, in order, null where none. */
@Injectable()
export class GetSyncSchedulesHandler {
  constructor(private readonly schedules: SyncScheduleStore) {}

  async handle(request: GetSyncSchedulesRequest): Promise<GetSyncSchedulesReply> {
    if (!Array.isArray(request.tenantIds) || request.tenantIds.length > MAX_TENANTS_PER_BATCH) {
      throw badInput('tenantIds', `tenantIds must be a list of at most ${MAX_TENANTS_PER_BATCH} tenant ids.`);
    }
    const ids = [...new Set(request.tenantIds.filter((id) => typeof id === 'string' && isGuid(id)))];
    const rows = new Map((await this.schedules.findForTenants(request.orgId, ids)).map((row) => [row.tenantId, row]));
    return request.tenantIds.map((id) => {
      const row = rows.get(id);
      return row ? toSyncScheduleDto(row) : null;
    });
  }
}
