export interface GetAuditRetentionRequest {
  orgId: string;
}

/** `days` null returns the organisation to the service's default retention. */
export interface SetAuditRetentionRequest {
  orgId: string;
  days: number | null;
  actor: string;
}
