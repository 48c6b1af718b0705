import { Injectable, Logger } from '@nestjs/common';
import { CancelScanReply, CancelScanRequest, isGuid, notFound, ScanDto, ScanStatus } from '@trueconfig/common';
import { countResults } from '../scan-run/final-status';
import { ScanAudit } from '../scan-run/scan-audit';
import { ScanProgressPublisher } from '../scan-run/scan-progress.publisher';
import { ScanCancelStore } from './scan-cancel.store';
import { ScanQuery } from './scan.query';

/**
 * An operator's cancel: a scan not yet started ends CANCELLED at once; a running one is flagged and its
 * worker stops between pages (the reply shows it still RUNNING, phase "cancelling"); a finished scan is
 * returned unchanged, so cancelling twice is harmless.
 */
@Injectable()
export class CancelScanHandler {
  private readonly logger = new Logger(CancelScanHandler.name);

  constructor(
    private readonly cancels: ScanCancelStore,
    private readonly query: ScanQuery,
    private readonly progress: ScanProgressPublisher,
    private readonly audit: ScanAudit,
  ) {}

  async handle(request: CancelScanRequest): Promise<CancelScanReply> {
    const scanId = String(request.scanId);
    if (!isGuid(scanId) || !(await this.cancels.requestCancel(request.orgId, scanId))) throw notFound('Scan', scanId);
    const scan = await this.query.findForOrg(request.orgId, scanId);
    if (!scan) throw notFound('Scan', scanId);
    this.logger.log({ msg: 'scan cancel requested', scanId, actor: request.actor, status: scan.status });
    if (scan.status === ScanStatus.CANCELLED && scan.phase === 'finished') await this.announceEnd(scan, request.actor);
    return scan;
  }

  /** A scan cancelled before it ran has no worker to send its final event and sync-log line: send them here. */
  private async announceEnd(scan: ScanDto, actor: string | null): Promise<void> {
    const { orgId, id: scanId, tenantId, trigger } = scan;
    const message = 'cancelled before it started';
    this.progress.publish({ orgId, scanId, tenantId, phase: 'finished', percent: 100, message: `Scan ${message}`, status: ScanStatus.CANCELLED, at: new Date().toISOString() });
    await this.audit.finished({ scanId, orgId, tenantId, trigger, actor }, ScanStatus.CANCELLED, message, countResults([]), 0, null);
  }
}
