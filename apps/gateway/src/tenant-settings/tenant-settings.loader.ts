import { AppError, ErrorCode, NatsRequester, Subject, TenantSettingsDto } from '@trueconfig/common';
import DataLoader from 'dataloader';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';

const MAX_BATCH = 100;
/** One loader per request context (never shared across requests or organisations). */
const loaders = new WeakMap<GatewayContext, DataLoader<string, TenantSettingsDto>>();

/** A page of tenants costs one `GetTenantSettings` request. */
export function tenantSettingsLoader(context: GatewayContext, nats: NatsRequester): DataLoader<string, TenantSettingsDto> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (tenantIds) => {
      const settings = await nats.request(Subject.GetTenantSettings, { orgId: requirePrincipal(context).orgId, tenantIds: [...tenantIds] });
      if (!Array.isArray(settings) || settings.length !== tenantIds.length) {
        throw new AppError(ErrorCode.INTERNAL, `GetTenantSettings answered ${String(settings?.length)} entries for ${tenantIds.length} tenants.`);
      }
      return settings;
    }, { maxBatchSize: MAX_BATCH });
    loaders.set(context, loader);
  }
  return loader;
}
