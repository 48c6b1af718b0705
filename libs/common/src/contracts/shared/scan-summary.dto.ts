import { ScanFieldsDto } from './scan.dto';

/** The tenant score over a scan's results, as `tenantScore` (libs/controls) computes it. */
export interface ScanScoreDto {
  score: number | null;
  earned: number;
  possible: number;
  judged: number;
  excluded: number;
}

/**
 * A scan in a list: its fields and score, never its control results or evidence, so a reply stays a
 * few hundred bytes per scan whatever the evidence (fetch results with GetScanResults).
 */
export interface ScanSummaryDto extends ScanFieldsDto {
  score: ScanScoreDto;
}
