import { Injectable } from '@nestjs/common';
import { AppError, Caller, ErrorCode, NatsRequester, ScanDto, ScanSummaryDto, ScanTrigger, Subject } from '@trueconfig/common';

@Injectable()
export class ScannerClient {
  constructor(private readonly nats: NatsRequester) {}

  startScan(caller: Caller, tenantId: string, full = false): Promise<ScanDto> {
    return this.nats.request(Subject.StartScan, { ...caller, tenantId, trigger: ScanTrigger.MANUAL, ...(full ? { full } : {}) });
  }

  getScan(orgId: string, scanId: string): Promise<ScanDto> {
    return this.nats.request(Subject.GetScan, { orgId, scanId });
  }

  /** One request for many tenants; the reply is in request order, null where a tenant has no scan; summaries without results. */
  async latestScans(orgId: string, tenantIds: readonly string[]): Promise<Array<ScanSummaryDto | null>> {
    const scans = await this.nats.request(Subject.LatestScans, { orgId, tenantIds: [...tenantIds] });
    if (!Array.isArray(scans) || scans.length !== tenantIds.length) {
      throw new AppError(ErrorCode.INTERNAL, `LatestScans answered ${String(scans?.length)} scans for ${tenantIds.length} tenants.`);
    }
    return scans;
  }
}
