import { AuditLevel } from '../shared/audit-log.dto';
import { PageRequest } from '../shared/page';

export interface AuditLogFilter {
  tenantId?: string | null;
  scanId?: string | null;
  level?: AuditLevel | null;
  code?: string | null;
  text?: string | null;
  since?: string | null;
  until?: string | null;
}

export interface QueryAuditLogsRequest extends PageRequest {
  orgId: string;
  filter: AuditLogFilter;
}
