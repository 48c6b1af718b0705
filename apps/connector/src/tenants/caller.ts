import { badInput, Caller } from '@trueconfig/common';
import { AuditCaller } from '../audit/connector-audit.service';

/** The gateway always sends who asks; a request without an organisation is a programming error. */
export function requireOrgId(orgId: unknown): string {
  if (typeof orgId !== 'string' || orgId.trim() === '') throw badInput('orgId', 'The request names no organisation.');
  return orgId;
}

function actorOf(actor: unknown): string | null {
  return typeof actor === 'string' && actor !== '' ? actor : null;
}

/** Who asks, from a request the gateway sent (checked, as it crossed NATS). */
export function callerOf(request: Partial<Caller> | undefined): AuditCaller {
  return { orgId: requireOrgId(request?.orgId), actor: actorOf(request?.actor) };
}
