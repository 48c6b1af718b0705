import { AppError, ErrorCode, NatsRequester, Subject, SyncScheduleDto } from '@trueconfig/common';
import DataLoader from 'dataloader';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';

const MAX_BATCH = 100;
/** One loader per request context (never shared across requests or organisations). */
const loaders = new WeakMap<GatewayContext, DataLoader<string, SyncScheduleDto | null>>();

/** A page of tenants costs one `GetSyncSchedules` request. */
export function syncScheduleLoader(context: GatewayContext, nats: NatsRequester): DataLoader<string, SyncScheduleDto | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (tenantIds) => {
      const schedules = await nats.request(Subject.GetSyncSchedules, { orgId: requirePrincipal(context).orgId, tenantIds: [...tenantIds] });
      if (!Array.isArray(schedules) || schedules.length !== tenantIds.length) {
        throw new AppError(ErrorCode.INTERNAL, `GetSyncSchedules answered ${String(schedules?.length)} schedules for ${tenantIds.length} tenants.`);
      }
      return schedules;
    }, { maxBatchSize: MAX_BATCH });
    loaders.set(context, loader);
  }
  return loader;
}
