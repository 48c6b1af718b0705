import { Caller } from '../shared/page';
import { ScanTrigger } from '../shared/scan.dto';

export interface StartScanRequest extends Caller {
  tenantId: string;
  trigger: ScanTrigger;
}
