/** Batched: one request answers the latest scan of many tenants (the gateway's DataLoader). */
export interface LatestScansRequest {
  orgId: string;
  tenantIds: string[];
}
