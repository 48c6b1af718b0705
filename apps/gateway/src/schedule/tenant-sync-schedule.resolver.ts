import { Injectable } from '@nestjs/common';
import { NatsRequester, TenantDto } from '@trueconfig/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GatewayContext } from '../graphql/gateway-context';
import { Tenant } from '../tenant/tenant.type';
import { syncScheduleLoader } from './sync-schedule.loader';
import { toSyncSchedule } from './sync-schedule.mapper';
import { SyncSchedule } from './sync-schedule.type';

/** `Tenant.syncSchedule`, kept beside the schedule feature rather than in the tenant resolver. */
@Injectable()
@Resolver(() => Tenant)
export class TenantSyncScheduleResolver {
  constructor(private readonly nats: NatsRequester) {}

  @FieldResolver(() => SyncSchedule, { nullable: true, description: 'Null: no automatic scans. Batched: one scanner request per page of tenants.' })
  async syncSchedule(@Root() tenant: TenantDto, @Ctx() context: GatewayContext): Promise<SyncSchedule | null> {
    const schedule = await syncScheduleLoader(context, this.nats).load(tenant.id);
    return schedule ? toSyncSchedule(schedule) : null;
  }
}
