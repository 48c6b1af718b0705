import { ScanTrigger } from '@trueconfig/common';

/** Everything a worker needs to run a scan whose row already exists (issue 5 puts this on JetStream). */
export interface ScanJob {
  scanId: string;
  orgId: string;
  tenantId: string;
  trigger: ScanTrigger;
  actor: string | null;
}
