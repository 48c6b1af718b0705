import { ControlResultDto } from '../shared/scan.dto';
import { ScanResultsPosition } from './get-scan-results.request';

/** Results sent in one GetScanResults reply, in bytes of JSON: far below NATS's 1 MB max payload. */
export const SCAN_RESULTS_REPLY_BUDGET = 256 * 1024;

export interface GetScanResultsReply {
  /** One list per requested scan id, in order, in catalog order: the part of each sent in this reply (empty where the scan is unknown). */
  results: ControlResultDto[][];
  /** Where to continue, or null when every result has been sent. */
  next: ScanResultsPosition | null;
}
