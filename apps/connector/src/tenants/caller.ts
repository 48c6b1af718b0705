import { badInput } from '@trueconfig/common';

/** The gateway always sends who asks; a request without an organisation is a programming error. */
export function requireOrgId(orgId: unknown): string {
  if (typeof orgId !== 'string' || orgId.trim() === '') throw badInput('orgId', 'The request names no organisation.');
  return orgId;
}

export function actorOf(actor: unknown): string | null {
  return typeof actor === 'string' && actor !== '' ? actor : null;
}
