import { ScanTrigger } from '@trueconfig/common';

/** Everything a worker needs to run a scan whose row already exists: the body of a job message. */
export interface ScanJob {
  scanId: string;
  orgId: string;
  tenantId: string;
  trigger: ScanTrigger;
  actor: string | null;
  /** A manual "full scan": datasets kept by delta sync are read in full again. */
  full?: boolean;
}
