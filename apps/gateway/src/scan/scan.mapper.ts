import { AppErrorPayload, ScanDto, ScanSummaryDto } from '@trueconfig/common';
import { presentAppError } from '../errors/present-app-error';
import { ScanError } from './scan-error.type';
import { Scan } from './scan.type';

/** The GraphQL shape of a scan: no organisation id, whole percentages, remediation always a list; a summary's results load on demand. */
export function toScan(dto: ScanDto | ScanSummaryDto): Scan {
  return {
    id: dto.id,
    tenantId: dto.tenantId,
    status: dto.status,
    trigger: dto.trigger,
    startedAt: dto.startedAt,
    finishedAt: dto.finishedAt,
    progress: wholePercent(dto.progress),
    phase: dto.phase,
    warnings: dto.warnings,
    ...('results' in dto ? { results: dto.results } : { results: [], resultsLoaded: false, summaryScore: dto.score }),
    error: dto.error ? toScanError(dto.error) : null,
    requests: dto.graphRequests?.total ?? 0,
    throttled: dto.graphRequests?.throttled ?? 0,
    retries: dto.graphRequests?.retries ?? 0,
    giveUps: dto.graphRequests?.giveUps ?? 0,
  };
}

export function wholePercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** A failed scan's error is shown by the same rules as any other error (no internal messages). */
function toScanError(error: AppErrorPayload): ScanError {
  const presented = presentAppError(error);
  return { code: presented.extensions.code, message: presented.message, remediation: presented.extensions.remediation ?? [] };
}
