import { Injectable } from '@nestjs/common';
import { NatsRequester, Subject } from '@trueconfig/common';
import { Args, Authorized, Mutation, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { callerOf } from '../clients/caller';
import { SetSyncScheduleArgs } from './set-sync-schedule.args';
import { toSyncSchedule } from './sync-schedule.mapper';
import { SyncSchedule } from './sync-schedule.type';

@Injectable()
@Resolver(() => SyncSchedule)
export class SyncScheduleResolver {
  constructor(private readonly nats: NatsRequester) {}

  @Authorized(ApiKeyRole.OPERATOR)
  @Mutation(() => SyncSchedule, {
    description:
      "Sets a tenant's automatic scans: every intervalSeconds, or at a cron's times (in its timezone). A new interval schedule gets an offset that spreads tenants across the interval; a cron schedule runs at exactly its times. A manual scan asked for while a scheduled one runs is queued behind it.",
  })
  async setSyncSchedule(@Args() { tenantId, input }: SetSyncScheduleArgs, @CurrentPrincipal() principal: Principal): Promise<SyncSchedule> {
    const schedule = {
      enabled: input.enabled,
      intervalSeconds: input.intervalSeconds ?? undefined,
      cron: input.cron ?? null,
      timezone: input.timezone ?? null,
      windowStart: input.windowStart ?? null,
      windowEnd: input.windowEnd ?? null,
    };
    return toSyncSchedule(await this.nats.request(Subject.SetSyncSchedule, { ...callerOf(principal), tenantId, schedule }));
  }
}
