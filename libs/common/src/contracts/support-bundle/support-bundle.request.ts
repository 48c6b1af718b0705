export interface SupportBundleRequest {
  orgId: string;
  tenantId: string;
}
