import { Caller } from '../shared/page';

export interface CancelScanRequest extends Caller {
  scanId: string;
}
