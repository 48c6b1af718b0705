/** Batched for the gateway's DataLoader (Tenant.settings). */
export interface GetTenantSettingsRequest {
  orgId: string;
  tenantIds: string[];
}
