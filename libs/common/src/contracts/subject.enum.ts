/** Every NATS subject TrueConfig uses. Request/reply subjects are served by one queue group each. */
export enum Subject {
  ConnectTenant = 'connector.tenant.connect',
  TestConnection = 'connector.tenant.test',
  GetTenant = 'connector.tenant.get',
  ListTenants = 'connector.tenant.list',
  AcquireToken = 'connector.token.acquire',
  ReconnectTenant = 'connector.tenant.reconnect',
  DisconnectTenant = 'connector.tenant.disconnect',
  SupportBundle = 'connector.tenant.support-bundle',
  ConnectorPublicKey = 'connector.keys.public',
  AdminConsentUrl = 'connector.consent.url',
  CompleteAdminConsent = 'connector.consent.complete',
  StartScan = 'scanner.scan.start',
  GetScan = 'scanner.scan.get',
  LatestScans = 'scanner.scan.latest',
  CancelScan = 'scanner.scan.cancel',
  SetSyncSchedule = 'scanner.schedule.set',
  GetSyncSchedules = 'scanner.schedule.get',
  GetTenantSettings = 'scanner.settings.get',
  UpdateTenantSettings = 'scanner.settings.update',
  AcceptRisk = 'scanner.settings.accept-risk',
  RevokeRiskAcceptance = 'scanner.settings.revoke-risk',
  ListScans = 'scanner.scan.list',
  ScanDrift = 'scanner.scan.drift',
  GetScanResults = 'scanner.scan.results',
  QueryAuditLogs = 'audit.logs.query',
  ExportAuditLogs = 'audit.logs.export',
  GetAuditRetention = 'audit.retention.get',
  SetAuditRetention = 'audit.retention.set',
}

/** Broadcast events: every subscriber gets each one (no queue group). */
export enum EventSubject {
  /** Suffixed with `.<tenantId>.<scanId>` by the publisher. */
  ScanProgress = 'events.scan.progress',
  /** Suffixed with `.<orgId>` by the audit service once an event is stored. */
  AuditLogAdded = 'events.audit.added',
}

/** JetStream stream holding audit events until the audit service has stored them. */
export const AUDIT_STREAM = 'AUDIT';
/** Suffixed with `.<service>` by the publisher. */
export const AUDIT_SUBJECT_PREFIX = 'audit.events';
export const AUDIT_CONSUMER = 'audit-store';
