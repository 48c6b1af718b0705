import { Injectable, Logger } from '@nestjs/common';
import { AppErrorPayload, AuditCode, AuditEventInput, AuditLevel, AuditPublisher, ScanStatus } from '@trueconfig/common';
import { DatasetUnavailability } from '@trueconfig/controls';
import { ResultCounts } from './final-status';
import { scanEventId } from './scan-event-id';
import { ScanJob } from './scan-job';

const FINISHED_LEVEL: Record<string, AuditLevel> = {
  [ScanStatus.SUCCEEDED]: AuditLevel.INFO,
  [ScanStatus.PARTIAL]: AuditLevel.WARN,
  [ScanStatus.FAILED]: AuditLevel.ERROR,
  [ScanStatus.CANCELLED]: AuditLevel.WARN,
};

/**
 * The scan's lines in the sync log. A publish that fails is logged; it never fails the scan. Ids are
 * derived from the scan, so a redelivered scan does not log its start or a warning twice.
 */
@Injectable()
export class ScanAudit {
  private readonly logger = new Logger(ScanAudit.name);

  constructor(private readonly audit: AuditPublisher) {}

  started(job: ScanJob): Promise<void> {
    return this.publish(job, 'started', { code: AuditCode.SCAN_STARTED, message: `Scan started (${job.trigger.toLowerCase()}).`, details: { trigger: job.trigger } });
  }

  datasetUnavailable(job: ScanJob, dataset: string, warning: string, reason: DatasetUnavailability): Promise<void> {
    return this.publish(job, `unavailable/${dataset}`, {
      code: AuditCode.DATASET_UNAVAILABLE,
      level: AuditLevel.WARN,
      message: warning,
      details: { dataset, cause: reason.cause, permission: reason.permission ?? null, status: reason.status ?? null, graphCode: reason.code ?? null },
    });
  }

  finished(job: ScanJob, status: ScanStatus, summary: string, counts: ResultCounts, warnings: number, error: AppErrorPayload | null): Promise<void> {
    return this.publish(job, 'finished', {
      code: AuditCode.SCAN_FINISHED,
      level: FINISHED_LEVEL[status] ?? AuditLevel.INFO,
      message: error ? `Scan ${status}: ${error.message}` : `Scan ${status}: ${summary}.`,
      details: { status, counts, warnings, error },
    });
  }

  private async publish(job: ScanJob, key: string, event: Pick<AuditEventInput, 'code' | 'message' | 'level' | 'details'>): Promise<void> {
    try {
      await this.audit.publish({ ...event, id: scanEventId(job.scanId, key), orgId: job.orgId, tenantId: job.tenantId, scanId: job.scanId, actor: job.actor });
    } catch (error) {
      this.logger.error({ msg: `audit event ${event.code} not published`, scanId: job.scanId, error: String(error) });
    }
  }
}
