/** Every NATS subject TrueConfig uses. Request/reply subjects are served by one queue group each. */
export enum Subject {
  ConnectTenant = 'connector.tenant.connect',
  TestConnection = 'connector.tenant.test',
  GetTenant = 'connector.tenant.get',
  ListTenants = 'connector.tenant.list',
  AcquireToken = 'connector.token.acquire',
  StartScan = 'scanner.scan.start',
  GetScan = 'scanner.scan.get',
  LatestScans = 'scanner.scan.latest',
  QueryAuditLogs = 'audit.logs.query',
}

/** Broadcast events: every subscriber gets each one (no queue group). */
export enum EventSubject {
  /** Suffixed with `.<tenantId>.<scanId>` by the publisher. */
  ScanProgress = 'events.scan.progress',
}

/** JetStream stream holding audit events until the audit service has stored them. */
export const AUDIT_STREAM = 'AUDIT';
/** Suffixed with `.<service>` by the publisher. */
export const AUDIT_SUBJECT_PREFIX = 'audit.events';
export const AUDIT_CONSUMER = 'audit-store';
