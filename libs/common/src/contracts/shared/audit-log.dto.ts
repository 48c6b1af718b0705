export enum AuditLevel {
  INFO = 'INFO',
  WARN = 'WARN',
  ERROR = 'ERROR',
}

/** One sync-log line. Never carries a secret: publishers pass only secret-free details. */
export interface AuditEventDto {
  id: string;
  at: string;
  orgId: string;
  tenantId: string | null;
  scanId: string | null;
  service: string;
  level: AuditLevel;
  code: string;
  message: string;
  details: Record<string, unknown> | null;
  actor: string | null;
}
