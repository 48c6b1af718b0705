/** Where a cut GetScanResults reply stopped: the scan (index in `scanIds`) and its first result not sent. */
export interface ScanResultsPosition {
  scan: number;
  result: number;
}

/**
 * Batched: the results of several scans of one organisation. The reply is cut at a byte budget; ask
 * again with the same ids and `from` set to the reply's `next` until `next` is null.
 */
export interface GetScanResultsRequest {
  orgId: string;
  scanIds: string[];
  /** False: every result's evidence list is empty (much smaller when the query did not select evidence). Default true. */
  evidence?: boolean;
  from?: ScanResultsPosition | null;
}
