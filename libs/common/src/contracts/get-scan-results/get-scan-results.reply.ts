import { ControlResultDto } from '../shared/scan.dto';

/** One list per requested scan id, in order, in catalog order; empty where the scan is unknown. */
export type GetScanResultsReply = ControlResultDto[][];
