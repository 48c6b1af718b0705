import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { badInput, GetScanResultsReply, GetScanResultsRequest, isGuid, ListScansReply, ListScansRequest, ScanResultsPosition, Subject } from '@trueconfig/common';
import { MAX_SCANS_PER_PAGE, ScanHistoryQuery } from './scan-history.query';

const MAX_SCANS_PER_BATCH = 200;

@Controller()
export class ScanHistoryController {
  constructor(private readonly history: ScanHistoryQuery) {}

  /** A tenant's scans newest first, as summaries; another organisation's tenant has none. */
  @MessagePattern(Subject.ListScans)
  list(@Payload() request: ListScansRequest): Promise<ListScansReply> {
    const first = request.first;
    if (!Number.isInteger(first) || first < 1 || first > MAX_SCANS_PER_PAGE) throw badInput('first', `first must be from 1 to ${MAX_SCANS_PER_PAGE}.`);
    if (typeof request.tenantId !== 'string' || !isGuid(request.tenantId)) return Promise.resolve({ items: [], hasNextPage: false, endCursor: null });
    return this.history.listForTenant(request.orgId, request.tenantId, first, request.after ?? null);
  }

  /** Batched for the gateway's DataLoader: one list per requested scan, in order, cut at the reply budget. */
  @MessagePattern(Subject.GetScanResults)
  results(@Payload() request: GetScanResultsRequest): Promise<GetScanResultsReply> {
    if (!Array.isArray(request.scanIds) || request.scanIds.length > MAX_SCANS_PER_BATCH) {
      throw badInput('scanIds', `scanIds must be a list of at most ${MAX_SCANS_PER_BATCH} scan ids.`);
    }
    return this.history.resultsPage(request.orgId, request.scanIds, request.evidence !== false, positionOf(request));
  }
}

function positionOf({ from, scanIds }: GetScanResultsRequest): ScanResultsPosition {
  if (from === undefined || from === null) return { scan: 0, result: 0 };
  const valid = Number.isInteger(from.scan) && Number.isInteger(from.result) && from.scan >= 0 && from.scan < scanIds.length && from.result >= 0;
  if (!valid) throw badInput('from', 'from must be a position returned as `next` by a previous reply.');
  return { scan: from.scan, result: from.result };
}
