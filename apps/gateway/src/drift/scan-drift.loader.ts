import { AppError, ErrorCode, NatsRequester, ScanDriftDto, Subject } from '@trueconfig/common';
import DataLoader from 'dataloader';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';

const MAX_BATCH = 100;
const loaders = new WeakMap<GatewayContext, DataLoader<string, ScanDriftDto | null>>();

/** A page of scans costs one `ScanDrift` request. */
export function scanDriftLoader(context: GatewayContext, nats: NatsRequester): DataLoader<string, ScanDriftDto | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (scanIds) => {
      const drift = await nats.request(Subject.ScanDrift, { orgId: requirePrincipal(context).orgId, scanIds: [...scanIds] });
      if (!Array.isArray(drift) || drift.length !== scanIds.length) {
        throw new AppError(ErrorCode.INTERNAL, `ScanDrift answered ${String(drift?.length)} entries for ${scanIds.length} scans.`);
      }
      return drift;
    }, { maxBatchSize: MAX_BATCH });
    loaders.set(context, loader);
  }
  return loader;
}
