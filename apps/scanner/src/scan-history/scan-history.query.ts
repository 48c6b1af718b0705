import { Inject, Injectable } from '@nestjs/common';
import { badInput, ControlResultDto, decodeCursor, encodeCursor, GetScanResultsReply, isGuid, Page, ScanResultsPosition, ScanSummaryDto } from '@trueconfig/common';
import { DataSource, In } from 'typeorm';
import { ControlResultEntity } from '../scan/control-result.entity';
import { scanSummaries } from '../scan/scan-summaries';
import { ScanEntity } from '../scan/scan.entity';
import { toControlResultDto } from '../scan/scan.mapper';
import { byCatalogOrder } from './catalog-order';
import { ResultsPage } from './results-page';

export const MAX_SCANS_PER_PAGE = 1000;

/** Every column but evidence: results of many scans without it stay small. */
const WITHOUT_EVIDENCE = { scanId: true, controlId: true, title: true, status: true, summary: true, metric: true, affectedCount: true, acceptance: true } as const;

/** A tenant's scans newest first, and stored results by scan, always within one organisation. */
@Injectable()
export class ScanHistoryQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Keyset on (started_at, id): the cursor is the last scan's id, so no timestamp precision is lost. */
  async listForTenant(orgId: string, tenantId: string, first: number, after: string | null): Promise<Page<ScanSummaryDto>> {
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
    const items = await scanSummaries(this.dataSource, rows.slice(0, first));
    return { items, hasNextPage: rows.length > first, endCursor: items.length ? encodeCursor(['scan', items[items.length - 1].id]) : null };
  }

  /** Results from `from` on, cut at the reply budget; scans with evidence are read one at a time, so a cut page reads little more than it sends. */
  async resultsPage(orgId: string, scanIds: readonly string[], evidence: boolean, from: ScanResultsPosition): Promise<GetScanResultsReply> {
    const page = new ResultsPage(scanIds.length, from);
    const owned = await this.ownedScans(orgId, scanIds.slice(from.scan));
    const pending = scanIds.map((id, index) => ({ id, index })).filter(({ id, index }) => index >= from.scan && owned.has(id));
    const chunk = evidence ? 1 : pending.length;
    for (let start = 0; start < pending.length; start += chunk) {
      const scans = pending.slice(start, start + chunk);
      const lists = await this.resultsOf(scans.map((s) => s.id), evidence);
      for (const { id, index } of scans) if (!page.add(index, lists.get(id) ?? [])) return page.reply();
    }
    return page.reply();
  }

  /** Every stored result of each scan the organisation owns, with evidence (scan drift). */
  async resultsFor(orgId: string, scanIds: readonly string[]): Promise<Map<string, ControlResultDto[]>> {
    const owned = await this.ownedScans(orgId, scanIds);
    return owned.size === 0 ? new Map() : this.resultsOf([...owned], true);
  }

  private async ownedScans(orgId: string, scanIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(scanIds.filter((id) => typeof id === 'string' && isGuid(id)))];
    if (ids.length === 0) return new Set();
    const owned = await this.dataSource.getRepository(ScanEntity).find({ select: { id: true }, where: { orgId, id: In(ids) } });
    return new Set(owned.map((s) => s.id));
  }

  private async resultsOf(scanIds: readonly string[], evidence: boolean): Promise<Map<string, ControlResultDto[]>> {
    const where = { scanId: In([...new Set(scanIds)]) };
    const repository = this.dataSource.getRepository(ControlResultEntity);
    const rows = evidence ? await repository.findBy(where) : await repository.find({ select: WITHOUT_EVIDENCE, where });
    const byScan = new Map<string, ControlResultDto[]>(scanIds.map((id) => [id, []]));
    for (const row of [...rows].sort(byCatalogOrder)) byScan.get(row.scanId)?.push(toControlResultDto(row));
    return byScan;
  }
}

function scanIdOf(cursor: string): string {
  const parts = decodeCursor(cursor);
  if (parts?.length === 2 && parts[0] === 'scan' && typeof parts[1] === 'string' && isGuid(parts[1])) return parts[1];
  throw badInput('after', 'The cursor is not valid: use a cursor returned by this query.');
}
