import { ScanDto, ScanProgressEvent } from '@trueconfig/common';
import { wholePercent } from '../scan/scan.mapper';
import { ScanProgress } from './scan-progress.type';

export function toScanProgress(event: ScanProgressEvent): ScanProgress {
  return {
    scanId: event.scanId,
    tenantId: event.tenantId,
    phase: event.phase,
    percent: wholePercent(event.percent),
    message: event.message,
    status: event.status,
    at: event.at,
    eventId: event.id ?? null,
    dataset: event.dataset ?? null,
    pagesRead: event.pagesRead ?? null,
    rowsRead: event.rowsRead ?? null,
    expectedRows: event.expectedRows ?? null,
    datasetPercent: event.datasetPercent ?? null,
  };
}

/** The event a late subscriber gets for a scan that has already ended. */
export function finalProgressOf(scan: ScanDto): ScanProgressEvent {
  return {
    orgId: scan.orgId,
    scanId: scan.id,
    tenantId: scan.tenantId,
    phase: scan.phase,
    percent: scan.progress,
    message: `Scan ${scan.status.toLowerCase()}.`,
    status: scan.status,
    at: scan.finishedAt ?? new Date().toISOString(),
  };
}
