import { ScanDriftDto } from '../shared/control-drift.dto';

/** One entry per requested scan id, in order; null where the scan is not the organisation's. */
export type ScanDriftReply = Array<ScanDriftDto | null>;
