import { AuditLogFilter, badInput } from '@trueconfig/common';
import { SelectQueryBuilder } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

/** The sync log's filters (tenant, scan, level, code, time range, text), shared by pages and exports. */
export function applyAuditLogFilter(query: SelectQueryBuilder<AuditLogEntity>, filter: AuditLogFilter): void {
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

function toDate(field: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(field, `${field} must be an ISO-8601 date-time.`);
  return date;
}
