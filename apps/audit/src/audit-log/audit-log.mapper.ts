import { AuditEventDto } from '@trueconfig/common';
import { AuditLogEntity } from './audit-log.entity';

export function toAuditEventDto(row: AuditLogEntity): AuditEventDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    orgId: row.orgId,
    tenantId: row.tenantId,
    scanId: row.scanId,
    service: row.service,
    level: row.level,
    code: row.code,
    message: row.message,
    details: row.details,
    actor: row.actor,
  };
}
