import { ScanDto } from '../shared/scan.dto';

export type StartScanReply = ScanDto;
