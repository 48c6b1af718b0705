import { ServiceDatabaseOptions } from '@trueconfig/common';
import { AuditLogEntity } from '../audit-log/audit-log.entity';
import { CreateAuditLogs1764230400000 } from './migrations/1764230400000-create-audit-logs';

export function auditDatabaseOptions(url: string, poolSize: number): ServiceDatabaseOptions {
  return { schema: 'audit', url, poolSize, entities: [AuditLogEntity], migrations: [CreateAuditLogs1764230400000] };
}
