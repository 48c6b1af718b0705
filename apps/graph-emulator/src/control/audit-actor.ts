import type { AuditActivityInitiator } from '@microsoft/microsoft-graph-types';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Tenant } from '../tenants/tenant';

/** Who made a change through the control API: a UPN, a user, or an application. */
export const auditActorSchema = z.union([
  z.string().min(3),
  z.object({ userPrincipalName: z.string().min(3), id: z.string().min(1).optional() }).strict(),
  z.object({ app: z.object({ appId: z.string().min(1).optional(), displayName: z.string().min(1) }).strict() }).strict(),
]);

export type AuditActor = z.output<typeof auditActorSchema>;

/** The audit log's `initiatedBy`; without an actor, the tenant's administrator. */
export function initiatedBy(tenant: Tenant, actor: AuditActor | undefined): AuditActivityInitiator {
  const who = actor ?? `admin@${tenant.initialDomain}`;
  if (typeof who !== 'string' && 'app' in who) {
    const appId = who.app.appId ?? stableGuid(tenant.tenantId, who.app.displayName);
    return { user: null, app: { appId, displayName: who.app.displayName, servicePrincipalId: stableGuid(tenant.tenantId, appId), servicePrincipalName: who.app.displayName } };
  }
  const userPrincipalName = typeof who === 'string' ? who : who.userPrincipalName;
  const id = (typeof who === 'string' ? undefined : who.id) ?? stableGuid(tenant.tenantId, userPrincipalName.toLowerCase());
  return { user: { id, userPrincipalName, displayName: null, ipAddress: '203.0.113.10' }, app: null };
}

/** The same name in the same tenant always gets the same object id. */
function stableGuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
