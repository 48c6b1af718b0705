import { AUDIT_SUBJECT_PREFIX } from '../subject.enum';

/** Well-known audit codes; services may add their own strings. */
export enum AuditCode {
  TENANT_CONNECTED = 'TENANT_CONNECTED',
  TENANT_CONNECT_FAILED = 'TENANT_CONNECT_FAILED',
  CONNECTION_TEST = 'CONNECTION_TEST',
  SCAN_STARTED = 'SCAN_STARTED',
  SCAN_FINISHED = 'SCAN_FINISHED',
  DATASET_UNAVAILABLE = 'DATASET_UNAVAILABLE',
}

export function auditSubject(service: string): string {
  return `${AUDIT_SUBJECT_PREFIX}.${service}`;
}
