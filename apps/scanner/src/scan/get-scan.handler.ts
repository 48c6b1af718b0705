import { Injectable } from '@nestjs/common';
import { GetScanReply, GetScanRequest, isGuid, notFound } from '@trueconfig/common';
import { ScanQuery } from './scan.query';

/** Another organisation's scan is NOT_FOUND, exactly like a scan that does not exist. */
@Injectable()
export class GetScanHandler {
  constructor(private readonly query: ScanQuery) {}

  async handle(request: GetScanRequest): Promise<GetScanReply> {
    const scan = typeof request.scanId === 'string' && isGuid(request.scanId) ? await this.query.findForOrg(request.orgId, request.scanId) : null;
    if (!scan) throw notFound('Scan', String(request.scanId));
    return scan;
  }
}
