import { Inject, Injectable } from '@nestjs/common';
import { badInput, decodeCursor, encodeCursor, QueryAuditLogsReply, QueryAuditLogsRequest } from '@trueconfig/common';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';
import { applyAuditLogFilter } from './audit-log-filter';
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
    applyAuditLogFilter(query, request.filter);
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
