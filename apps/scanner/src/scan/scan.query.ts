import { Inject, Injectable } from '@nestjs/common';
import { ScanDto } from '@trueconfig/common';
import { ENTRA_CATALOG } from '@trueconfig/controls';
import { DataSource, In } from 'typeorm';
import { ControlResultEntity } from './control-result.entity';
import { ScanEntity } from './scan.entity';
import { toScanDto } from './scan.mapper';

const CATALOG_ORDER = new Map(ENTRA_CATALOG.map((c, index) => [c.id, index]));

/** Reads scans with their results, always within one organisation. */
@Injectable()
export class ScanQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findForOrg(orgId: string, scanId: string): Promise<ScanDto | null> {
    const scan = await this.dataSource.getRepository(ScanEntity).findOneBy({ id: scanId, orgId });
    if (!scan) return null;
    const [dto] = await this.withResults([scan]);
    return dto;
  }

  /** The most recently started scan of each tenant (one query for the lot, for the gateway's DataLoader). */
  async latestForTenants(orgId: string, tenantIds: readonly string[]): Promise<Map<string, ScanDto>> {
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
    const dtos = await this.withResults(scans);
    return new Map(dtos.map((dto) => [dto.tenantId, dto]));
  }

  private async withResults(scans: ScanEntity[]): Promise<ScanDto[]> {
    if (scans.length === 0) return [];
    const rows = await this.dataSource.getRepository(ControlResultEntity).findBy({ scanId: In(scans.map((s) => s.id)) });
    return scans.map((scan) => toScanDto(scan, rows.filter((r) => r.scanId === scan.id).sort(byCatalogOrder)));
  }
}

function byCatalogOrder(a: ControlResultEntity, b: ControlResultEntity): number {
  const rank = (r: ControlResultEntity) => CATALOG_ORDER.get(r.controlId) ?? Number.MAX_SAFE_INTEGER;
  return rank(a) - rank(b) || a.controlId.localeCompare(b.controlId);
}
