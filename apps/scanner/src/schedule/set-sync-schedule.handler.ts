import { Inject, Injectable, Logger } from '@nestjs/common';
import { isGuid, NatsRequester, notFound, SetSyncScheduleReply, SetSyncScheduleRequest, Subject } from '@trueconfig/common';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { validateScheduleInput } from './schedule-input';
import { toSyncScheduleDto } from './sync-schedule.mapper';
import { SyncScheduleStore } from './sync-schedule.store';

/** The tenant must be the caller organisation's (the connector says so) before its schedule is saved. */
@Injectable()
export class SetSyncScheduleHandler {
  private readonly logger = new Logger(SetSyncScheduleHandler.name);

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly requester: NatsRequester,
    private readonly schedules: SyncScheduleStore,
  ) {}

  async handle(request: SetSyncScheduleRequest): Promise<SetSyncScheduleReply> {
    const schedule = validateScheduleInput(request.schedule, this.config.SCHEDULER_MIN_INTERVAL_SECONDS);
    if (typeof request.tenantId !== 'string' || !isGuid(request.tenantId)) throw notFound('Tenant', String(request.tenantId));
    await this.requester.request(Subject.GetTenant, { orgId: request.orgId, tenantId: request.tenantId });
    const saved = await this.schedules.save(request.orgId, request.tenantId, schedule);
    this.logger.log({ msg: 'sync schedule saved', tenantId: saved.tenantId, actor: request.actor, enabled: saved.enabled, cron: saved.cron, nextRunAt: saved.nextRunAt });
    return toSyncScheduleDto(saved);
  }
}
