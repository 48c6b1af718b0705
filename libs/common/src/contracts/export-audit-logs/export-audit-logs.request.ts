import { AuditLogFilter } from '../query-audit-logs/query-audit-logs.request';

export enum AuditExportFormat {
  CSV = 'csv',
  JSONL = 'jsonl',
}

/** The sync log of one organisation as text, newest first, for a filter; capped by the audit service. */
export interface ExportAuditLogsRequest {
  orgId: string;
  filter: AuditLogFilter;
  format: AuditExportFormat;
  /** At most this many lines; the audit service applies its own cap as well. */
  maxRows: number;
}
