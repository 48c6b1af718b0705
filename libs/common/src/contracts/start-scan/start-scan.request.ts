import { Caller } from '../shared/page';
import { ScanTrigger } from '../shared/scan.dto';

export interface StartScanRequest extends Caller {
  tenantId: string;
  trigger: ScanTrigger;
  /** Read every dataset in full, ignoring the delta-sync replica (a manual "full scan"). */
  full?: boolean;
}
