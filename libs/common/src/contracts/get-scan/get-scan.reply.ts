import { ScanDto } from '../shared/scan.dto';

export type GetScanReply = ScanDto;
