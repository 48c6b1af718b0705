import { ScanDto } from '../shared/scan.dto';

/** One entry per requested tenant id, in request order; null where the tenant has no scan. */
export type LatestScansReply = Array<ScanDto | null>;
