export interface AdminConsentUrlRequest {
  orgId: string;
  actor: string;
  /** The customer's Directory (tenant) ID: a GUID or a verified domain. */
  directoryTenantId: string;
  /** The name the tenant gets in TrueConfig once consent is given. */
  displayName?: string | null;
}
