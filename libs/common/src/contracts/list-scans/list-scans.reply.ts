import { Page } from '../shared/page';
import { ScanSummaryDto } from '../shared/scan-summary.dto';

/** Scans without their results: fetch them with GetScanResults. */
export type ListScansReply = Page<ScanSummaryDto>;
