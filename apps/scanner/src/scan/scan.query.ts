import { Inject, Injectable } from '@nestjs/common';
import { ScanDto, ScanSummaryDto } from '@trueconfig/common';
import { DataSource } from 'typeorm';
import { byCatalogOrder } from '../scan-history/catalog-order';
import { ControlResultEntity } from './control-result.entity';
import { ScanEntity } from './scan.entity';
import { scanSummaries } from './scan-summaries';
import { toScanDto } from './scan.mapper';

/** Reads scans, always within one organisation: one scan with its results, or many as summaries. */
@Injectable()
export class ScanQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findForOrg(orgId: string, scanId: string): Promise<ScanDto | null> {
    const scan = await this.dataSource.getRepository(ScanEntity).findOneBy({ id: scanId, orgId });
    if (!scan) return null;
    const rows = await this.dataSource.getRepository(ControlResultEntity).findBy({ scanId: scan.id });
    return toScanDto(scan, [...rows].sort(byCatalogOrder));
  }

  /** The most recently started scan of each tenant, as a summary (one query for the lot, for the gateway's DataLoader). */
  async latestForTenants(orgId: string, tenantIds: readonly string[]): Promise<Map<string, ScanSummaryDto>> {
    if (tenantIds.length === 0) return new Map();
    const scans = await this.dataSource
      .getRepository(ScanEntity)
      .createQueryBuilder('scan')
      .distinctOn(['scan.tenant_id'])
      .where('scan.org_id = :orgId', { orgId })
      .andWhere('scan.tenant_id IN (:...tenantIds)', { tenantIds })
      .orderBy('scan.tenant_id')
      .addOrderBy('scan.started_at', 'DESC')
      .addOrderBy('scan.id', 'DESC')
      .getMany();
    const summaries = await scanSummaries(this.dataSource, scans);
    return new Map(summaries.map((summary) => [summary.tenantId, summary]));
  }
}
