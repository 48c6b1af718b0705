import { AppError, ControlResultDto, ErrorCode, GetScanResultsReply, NatsRequester, ScanResultsPosition, Subject } from '@trueconfig/common';
import DataLoader from 'dataloader';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';

/** Scans per GetScanResults batch; each reply is cut at the scanner's byte budget, so this only bounds the id list. */
export const SCANS_PER_RESULTS_REQUEST = 100;

type ResultsLoader = DataLoader<string, ControlResultDto[]>;
const loaders = new WeakMap<GatewayContext, { withEvidence?: ResultsLoader; withoutEvidence?: ResultsLoader }>();

/**
 * Results of scans listed without them (Tenant.scans, Tenant.latestScan): one batch per page of scans,
 * evidence only when the query selected it (an empty list otherwise).
 */
export function scanResultsLoader(context: GatewayContext, nats: NatsRequester, evidence: boolean): ResultsLoader {
  const forContext = loaders.get(context) ?? {};
  loaders.set(context, forContext);
  const key = evidence ? 'withEvidence' : 'withoutEvidence';
  forContext[key] ??= new DataLoader((scanIds) => fetchResults(nats, requirePrincipal(context).orgId, [...scanIds], evidence), { maxBatchSize: SCANS_PER_RESULTS_REQUEST });
  return forContext[key];
}

/** Asks again from each reply's `next` until the scanner has sent every result. */
async function fetchResults(nats: NatsRequester, orgId: string, scanIds: string[], evidence: boolean): Promise<ControlResultDto[][]> {
  const results = scanIds.map((): ControlResultDto[] => []);
  let from: ScanResultsPosition | null = null;
  do {
    const reply: GetScanResultsReply = await nats.request(Subject.GetScanResults, { orgId, scanIds, evidence, from });
    if (!Array.isArray(reply?.results) || reply.results.length !== scanIds.length || !advances(from, reply.next)) {
      throw new AppError(ErrorCode.INTERNAL, `GetScanResults answered an unusable page for ${scanIds.length} scans.`);
    }
    reply.results.forEach((list, index) => results[index].push(...list));
    from = reply.next;
  } while (from);
  return results;
}

function advances(from: ScanResultsPosition | null, next: ScanResultsPosition | null): boolean {
  if (!next || !from) return true;
  return next.scan > from.scan || (next.scan === from.scan && next.result > from.result);
}
