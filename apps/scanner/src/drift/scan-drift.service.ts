import { Inject, Injectable } from '@nestjs/common';
import { ScanDriftDto, ScanStatus } from '@trueconfig/common';
import { computeDrift, ENTRA_CATALOG } from '@trueconfig/controls';
import { DataSource } from 'typeorm';
import { ScanEntity } from '../scan/scan.entity';
import { ScanHistoryQuery } from '../scan-history/scan-history.query';
import { DirectoryAuditStore } from './directory-audit.store';

const FINISHED = [ScanStatus.SUCCEEDED, ScanStatus.PARTIAL];

/** Controls whose status changed since the tenant's previous finished scan, explained by directory audits when the scan read them. */
@Injectable()
export class ScanDriftService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly history: ScanHistoryQuery,
    private readonly audits: DirectoryAuditStore,
  ) {}

  async driftOf(orgId: string, scanId: string): Promise<ScanDriftDto | null> {
    const scan = await this.dataSource.getRepository(ScanEntity).findOneBy({ id: scanId, orgId });
    if (!scan) return null;
    const previous = await this.previousFinished(scan);
    const empty: ScanDriftDto = { scanId, previousScanId: previous?.id ?? null, previousFinishedAt: previous?.finishedAt?.toISOString() ?? null, auditsCollected: false, controls: [] };
    // Only a finished scan has results to compare; a first scan has nothing to compare with.
    if (!previous || !FINISHED.includes(scan.status)) return empty;
    const results = await this.history.resultsFor(orgId, [scan.id, previous.id]);
    const audits = await this.audits.find(scan.id);
    const controls = computeDrift(results.get(previous.id) ?? [], results.get(scan.id) ?? [], audits ?? [], ENTRA_CATALOG);
    return { ...empty, auditsCollected: audits !== null, controls };
  }

  private previousFinished(scan: ScanEntity): Promise<ScanEntity | null> {
    return this.dataSource
      .getRepository(ScanEntity)
      .createQueryBuilder('s')
      .where('s.tenant_id = :tenantId AND s.org_id = :orgId AND s.id <> :id', { tenantId: scan.tenantId, orgId: scan.orgId, id: scan.id })
      .andWhere('s.status IN (:...finished)', { finished: FINISHED })
      .andWhere('s.started_at < :startedAt', { startedAt: scan.startedAt })
      .orderBy('s.started_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getOne();
  }
}
