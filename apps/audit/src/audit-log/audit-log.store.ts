import { Inject, Injectable } from '@nestjs/common';
import { AuditEventDto } from '@trueconfig/common';
import { DataSource } from 'typeorm';

const INSERT = `
  INSERT INTO audit.audit_logs (id, at, org_id, tenant_id, scan_id, service, level, code, message, details, actor)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  ON CONFLICT (id) DO NOTHING
  RETURNING id`;

@Injectable()
export class AuditLogStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Idempotent by event id: a redelivered event is stored once. Returns false when it was already there. */
  async append(event: AuditEventDto): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(INSERT, [
      event.id,
      event.at,
      event.orgId,
      event.tenantId,
      event.scanId,
      event.service,
      event.level,
      event.code,
      event.message,
      event.details === null ? null : JSON.stringify(event.details),
      event.actor,
    ]);
    return rows.length > 0;
  }
}
