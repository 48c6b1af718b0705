import { ControlAcceptanceDto, ControlStatus, ScanSummaryDto } from '@trueconfig/common';
import { ENTRA_CATALOG, tenantScore } from '@trueconfig/controls';
import { DataSource, In } from 'typeorm';
import { ControlResultEntity } from './control-result.entity';
import { ScanEntity } from './scan.entity';
import { toScanFields } from './scan.mapper';

type ScoredColumns = Pick<ControlResultEntity, 'scanId' | 'controlId' | 'status' | 'acceptance'>;

/** Scans as list replies carry them: fields and score, read without the results' summaries or evidence. */
export async function scanSummaries(dataSource: DataSource, scans: readonly ScanEntity[]): Promise<ScanSummaryDto[]> {
  if (scans.length === 0) return [];
  const rows: ScoredColumns[] = await dataSource.getRepository(ControlResultEntity).find({
    select: { scanId: true, controlId: true, status: true, acceptance: true },
    where: { scanId: In(scans.map((s) => s.id)) },
  });
  const byScan = new Map<string, ScoredColumns[]>(scans.map((s) => [s.id, []]));
  for (const row of rows) byScan.get(row.scanId)?.push(row);
  return scans.map((scan) => ({ ...toScanFields(scan), score: scoreOf(byScan.get(scan.id) ?? []) }));
}

function scoreOf(rows: readonly ScoredColumns[]): ScanSummaryDto['score'] {
  return tenantScore(rows.map((row) => scored(row.controlId, row.status, row.acceptance)), ENTRA_CATALOG);
}

/** Only the columns the score reads; the rest is left empty. */
function scored(controlId: string, status: ControlStatus, acceptance: ControlAcceptanceDto | null) {
  return { controlId, status, title: '', summary: '', metric: null, affectedCount: 0, evidence: [], ...(acceptance ? { acceptance } : {}) };
}
