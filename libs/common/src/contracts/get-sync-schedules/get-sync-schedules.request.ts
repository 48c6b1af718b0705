/** Batched for the gateway's DataLoader (Tenant.syncSchedule). */
export interface GetSyncSchedulesRequest {
  orgId: string;
  tenantIds: string[];
}
