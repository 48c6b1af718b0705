export interface GetScanRequest {
  orgId: string;
  scanId: string;
}
