import { AuditEventDto } from '../shared/audit-log.dto';
import { EventSubject } from '../subject.enum';

/** Broadcast (no queue group) by the audit service after it stored an event for the first time. */
export type AuditLogAddedEvent = AuditEventDto;

export function auditLogAddedSubject(orgId: string): string {
  return `${EventSubject.AuditLogAdded}.${orgId}`;
}

export const AUDIT_LOG_ADDED_WILDCARD = `${EventSubject.AuditLogAdded}.>`;
