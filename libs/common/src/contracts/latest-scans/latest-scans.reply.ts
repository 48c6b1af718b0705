import { ScanSummaryDto } from '../shared/scan-summary.dto';

/** One entry per requested tenant id, in request order; null where the tenant has no scan. Summaries only. */
export type LatestScansReply = Array<ScanSummaryDto | null>;
