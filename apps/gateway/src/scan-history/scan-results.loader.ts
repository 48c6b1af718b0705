import { AppError, ControlResultDto, ErrorCode, NatsRequester, Subject } from '@trueconfig/common';
import DataLoader from 'dataloader';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';

const MAX_BATCH = 100;
const loaders = new WeakMap<GatewayContext, DataLoader<string, ControlResultDto[]>>();

/** Results of scans listed without them (Tenant.scans): a page of scans costs one `GetScanResults` request. */
export function scanResultsLoader(context: GatewayContext, nats: NatsRequester): DataLoader<string, ControlResultDto[]> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (scanIds) => {
      const results = await nats.request(Subject.GetScanResults, { orgId: requirePrincipal(context).orgId, scanIds: [...scanIds] });
      if (!Array.isArray(results) || results.length !== scanIds.length) {
        throw new AppError(ErrorCode.INTERNAL, `GetScanResults answered ${String(results?.length)} lists for ${scanIds.length} scans.`);
      }
      return results;
    }, { maxBatchSize: MAX_BATCH });
    loaders.set(context, loader);
  }
  return loader;
}
