/** Asked by the scanner; answered by the connector, the only holder of secrets. */
export interface AcquireTokenRequest {
  tenantId: string;
}
