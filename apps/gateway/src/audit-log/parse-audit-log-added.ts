import { AuditEventDto, AuditLevel } from '@trueconfig/common';

const LEVELS = new Set<string>(Object.values(AuditLevel));

/** An `auditLogAdded` broadcast as the audit service sends it, or null when it has another shape. */
export function parseAuditLogAdded(bytes: Uint8Array): AuditEventDto | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const event = parsed as Partial<Record<keyof AuditEventDto, unknown>>;
  const texts = [event.id, event.at, event.orgId, event.service, event.code, event.message];
  if (!texts.every((value) => typeof value === 'string') || !LEVELS.has(String(event.level))) return null;
  return {
    ...(parsed as AuditEventDto),
    tenantId: typeof event.tenantId === 'string' ? event.tenantId : null,
    scanId: typeof event.scanId === 'string' ? event.scanId : null,
    details: typeof event.details === 'object' && event.details !== null ? (event.details as Record<string, unknown>) : null,
    actor: typeof event.actor === 'string' ? event.actor : null,
  };
}
