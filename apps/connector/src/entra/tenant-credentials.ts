/** What a token request needs. The secret is plaintext only in memory, only for the request. */
export interface TenantCredentials {
  directoryTenantId: string;
  clientId: string;
  clientSecret: string;
}
