/** Batched: the drift of several scans of one organisation. */
export interface ScanDriftRequest {
  orgId: string;
  scanIds: string[];
}
