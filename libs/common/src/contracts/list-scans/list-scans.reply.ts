import { Page } from '../shared/page';
import { ScanDto } from '../shared/scan.dto';

/** Scans without their results (`results` is empty): fetch them with GetScanResults. */
export type ListScansReply = Page<ScanDto>;
