import { Inject, Injectable } from '@nestjs/common';
import { AuditExportFormat, badInput, ExportAuditLogsReply, ExportAuditLogsRequest } from '@trueconfig/common';
import { DataSource } from 'typeorm';
import { AuditLogEntity } from '../audit-log/audit-log.entity';
import { applyAuditLogFilter } from '../audit-log/audit-log-filter';
import { toAuditEventDto } from '../audit-log/audit-log.mapper';
import { AUDIT_CONFIG, AuditEnv } from '../config/audit-env.schema';
import { CSV_HEADER, csvLine, jsonLine } from './export-line';

/** The filtered sync log as CSV or JSON lines, newest first, capped in lines and bytes. */
@Injectable()
export class AuditExportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AUDIT_CONFIG) private readonly config: AuditEnv,
  ) {}

  async export(request: ExportAuditLogsRequest): Promise<ExportAuditLogsReply> {
    if (!Object.values(AuditExportFormat).includes(request.format)) throw badInput('format', 'format must be csv or jsonl.');
    const maxRows = Math.min(Math.max(1, Math.floor(request.maxRows) || 1), this.config.AUDIT_EXPORT_MAX_ROWS);
    const query = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('log').where('log.org_id = :orgId', { orgId: request.orgId });
    applyAuditLogFilter(query, request.filter);
    const rows = await query.orderBy('log.at', 'DESC').addOrderBy('log.id', 'DESC').take(maxRows + 1).getMany();
    const toLine = request.format === AuditExportFormat.CSV ? csvLine : jsonLine;
    const chunks = request.format === AuditExportFormat.CSV ? [CSV_HEADER] : [];
    let bytes = Buffer.byteLength(chunks.join(''));
    let written = 0;
    for (const row of rows.slice(0, maxRows)) {
      const line = toLine(toAuditEventDto(row));
      bytes += Buffer.byteLength(line);
      if (bytes > this.config.AUDIT_EXPORT_MAX_BYTES) break;
      chunks.push(line);
      written++;
    }
    return { text: chunks.join(''), rows: written, truncated: written < rows.length };
  }
}
