import { ScanDto } from '../shared/scan.dto';

/** The scan as it stands: CANCELLED if it had not started, else RUNNING until its worker stops between pages. */
export type CancelScanReply = ScanDto;
