export interface GetTenantRequest {
  orgId: string;
  tenantId: string;
}
