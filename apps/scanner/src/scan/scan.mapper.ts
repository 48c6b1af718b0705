import { ControlResultDto, ScanDto, ScanFieldsDto } from '@trueconfig/common';
import { ControlResultEntity } from './control-result.entity';
import { ScanEntity } from './scan.entity';

export function toScanDto(scan: ScanEntity, results: readonly ControlResultEntity[]): ScanDto {
  return { ...toScanFields(scan), results: results.map(toControlResultDto) };
}

export function toScanFields(scan: ScanEntity): ScanFieldsDto {
  return {
    id: scan.id,
    orgId: scan.orgId,
    tenantId: scan.tenantId,
    status: scan.status,
    trigger: scan.trigger,
    phase: scan.phase,
    progress: scan.progress,
    startedAt: scan.startedAt.toISOString(),
    finishedAt: scan.finishedAt ? scan.finishedAt.toISOString() : null,
    warnings: scan.warnings,
    error: scan.error,
    graphRequests: { total: scan.requests, throttled: scan.throttled, retries: scan.retries, giveUps: scan.giveUps },
  };
}

export function toControlResultDto(row: ControlResultEntity): ControlResultDto {
  return {
    controlId: row.controlId,
    title: row.title,
    status: row.status,
    summary: row.summary,
    metric: row.metric,
    affectedCount: row.affectedCount,
    evidence: row.evidence ?? [],
    ...(row.acceptance ? { acceptance: row.acceptance } : {}),
  };
}
