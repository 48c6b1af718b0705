/** Batched: the results of several scans of one organisation. */
export interface GetScanResultsRequest {
  orgId: string;
  scanIds: string[];
}
