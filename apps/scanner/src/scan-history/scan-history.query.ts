import { Inject, Injectable } from '@nestjs/common';
import { badInput, ControlResultDto, decodeCursor, encodeCursor, isGuid, Page, ScanDto } from '@trueconfig/common';
import { DataSource, In } from 'typeorm';
import { ControlResultEntity } from '../scan/control-result.entity';
import { ScanEntity } from '../scan/scan.entity';
import { toControlResultDto, toScanDto } from '../scan/scan.mapper';
import { byCatalogOrder } from './catalog-order';

export const MAX_SCANS_PER_PAGE = 1000;

/** A tenant's scans newest first, and stored results by scan, always within one organisation. */
@Injectable()
export class ScanHistoryQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Keyset on (started_at, id): the cursor is the last scan's id, so no timestamp precision is lost. */
  async listForTenant(orgId: string, tenantId: string, first: number, after: string | null): Promise<Page<ScanDto>> {
    const afterId = after === null ? null : scanIdOf(after);
    const query = this.dataSource
      .getRepository(ScanEntity)
      .createQueryBuilder('scan')
      .where('scan.org_id = :orgId AND scan.tenant_id = :tenantId', { orgId, tenantId })
      .orderBy('scan.started_at', 'DESC')
      .addOrderBy('scan.id', 'DESC')
      .limit(first + 1);
    if (afterId) {
      query.andWhere('(scan.started_at, scan.id) < (SELECT s.started_at, s.id FROM scanner.scans s WHERE s.id = :afterId AND s.org_id = :orgId)', { afterId });
    }
    const rows = await query.getMany();
    const items = rows.slice(0, first).map((scan) => toScanDto(scan, []));
    return { items, hasNextPage: rows.length > first, endCursor: items.length ? encodeCursor(['scan', items[items.length - 1].id]) : null };
  }

  async resultsFor(orgId: string, scanIds: readonly string[]): Promise<Map<string, ControlResultDto[]>> {
    const ids = [...new Set(scanIds.filter((id) => typeof id === 'string' && isGuid(id)))];
    if (ids.length === 0) return new Map();
    const owned = await this.dataSource.getRepository(ScanEntity).find({ select: { id: true }, where: { orgId, id: In(ids) } });
    if (owned.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ControlResultEntity).findBy({ scanId: In(owned.map((s) => s.id)) });
    const byScan = new Map<string, ControlResultDto[]>(owned.map((s) => [s.id, []]));
    for (const row of [...rows].sort(byCatalogOrder)) byScan.get(row.scanId)?.push(toControlResultDto(row));
    return byScan;
  }
}

function scanIdOf(cursor: string): string {
  const parts = decodeCursor(cursor);
  if (parts?.length === 2 && parts[0] === 'scan' && typeof parts[1] === 'string' && isGuid(parts[1])) return parts[1];
  throw badInput('after', 'The cursor is not valid: use a cursor returned by this query.');
}
