import { Inject, Injectable } from '@nestjs/common';
import { badInput, decodeCursor, encodeCursor, QueryAuditLogsReply, QueryAuditLogsRequest } from '@trueconfig/common';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';
import { toAuditEventDto } from './audit-log.mapper';

export const MAX_PAGE_SIZE = 200;

/** The sync log, newest first, filtered and paginated by an (at, id) keyset cursor. */
@Injectable()
export class AuditLogQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async page(request: QueryAuditLogsRequest): Promise<QueryAuditLogsReply> {
    if (!Number.isInteger(request.first) || request.first < 1 || request.first > MAX_PAGE_SIZE) {
      throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const query = this.dataSource
      .getRepository(AuditLogEntity)
      .createQueryBuilder('log')
      .where('log.org_id = :orgId', { orgId: request.orgId });
    applyFilter(query, request);
    if (request.after) applyCursor(query, request.after);
    const rows = await query
      .orderBy('log.at', 'DESC')
      .addOrderBy('log.id', 'DESC')
      .take(request.first + 1)
      .getMany();
    const items = rows.slice(0, request.first);
    const last = items[items.length - 1];
    return {
      items: items.map(toAuditEventDto),
      hasNextPage: rows.length > request.first,
      endCursor: last ? encodeCursor([last.at.toISOString(), last.id]) : null,
    };
  }
}

function applyFilter(query: SelectQueryBuilder<AuditLogEntity>, { filter }: QueryAuditLogsRequest): void {
  if (filter.tenantId) query.andWhere('log.tenant_id = :tenantId', { tenantId: filter.tenantId });
  if (filter.scanId) query.andWhere('log.scan_id = :scanId', { scanId: filter.scanId });
  if (filter.level) query.andWhere('log.level = :level', { level: filter.level });
  if (filter.code) query.andWhere('log.code = :code', { code: filter.code });
  if (filter.since) query.andWhere('log.at >= :since', { since: toDate('filter.since', filter.since) });
  if (filter.until) query.andWhere('log.at < :until', { until: toDate('filter.until', filter.until) });
  if (filter.text) {
    const text = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('log.message ILIKE :text', { text });
  }
}

function applyCursor(query: SelectQueryBuilder<AuditLogEntity>, after: string): void {
  const parts = decodeCursor(after);
  if (!parts || parts.length !== 2 || typeof parts[0] !== 'string' || typeof parts[1] !== 'string') {
    throw badInput('after', 'The cursor is not valid: use an endCursor returned by this query.');
  }
  const [at, id] = parts;
  query.andWhere(
    new Brackets((q) => q.where('log.at < :cursorAt', { cursorAt: new Date(at) }).orWhere('(log.at = :cursorAt AND log.id < :cursorId)', { cursorId: id })),
  );
}

function toDate(field: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(field, `${field} must be an ISO-8601 date-time.`);
  return date;
}
