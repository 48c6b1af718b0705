/**
 * Broadcast when a tenant is disconnected, so whoever runs its schedules stops them. Subject:
 * `events.tenant.disconnected` (no queue group; the connector does not wait for anyone).
 */
export const TENANT_DISCONNECTED_SUBJECT = 'events.tenant.disconnected';

export interface TenantDisconnectedEvent {
  tenantId: string;
  orgId: string;
  at: string;
}
