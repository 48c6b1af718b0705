import { ControlAcceptanceDto } from './control-acceptance.dto';
import { AppErrorPayload } from '../../errors/app-error';

export enum ScanStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  /** Finished, but some datasets were unavailable (permission or licence). */
  PARTIAL = 'PARTIAL',
  FAILED = 'FAILED',
  /** Stopped on an operator's request (cancelScan) before it finished. */
  CANCELLED = 'CANCELLED',
}

export enum ScanTrigger {
  MANUAL = 'MANUAL',
  SCHEDULED = 'SCHEDULED',
}

export enum ControlStatus {
  PASS = 'PASS',
  FAIL = 'FAIL',
  WARN = 'WARN',
  DEGRADED = 'DEGRADED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  ERROR = 'ERROR',
}

export interface EvidenceItemDto {
  kind: string;
  id: string;
  displayName: string;
  detail?: string;
}

export interface ControlResultDto {
  controlId: string;
  title: string;
  status: ControlStatus;
  summary: string;
  metric: number | null;
  affectedCount: number;
  evidence: EvidenceItemDto[];
  /** The risk acceptance that applied when the scan evaluated this result (FAIL or WARN only); absent otherwise. */
  acceptance?: ControlAcceptanceDto;
}

/** A scan without its control results: what lists of scans carry (LatestScans, ListScans). */
export interface ScanFieldsDto {
  id: string;
  orgId: string;
  tenantId: string;
  status: ScanStatus;
  trigger: ScanTrigger;
  phase: string;
  progress: number;
  startedAt: string;
  finishedAt: string | null;
  warnings: string[];
  error: AppErrorPayload | null;
  /** Graph requests the scan sent, 429s it received, retries and give-ups (issue 5); absent from older producers. */
  graphRequests?: GraphRequestCountsDto;
}

/** One scan with every control result and its evidence: only ever one scan per reply (GetScan, StartScan). */
export interface ScanDto extends ScanFieldsDto {
  results: ControlResultDto[];
}

export interface GraphRequestCountsDto {
  /** Every HTTP request sent to Graph, retries included. */
  total: number;
  /** 429 answers received. */
  throttled: number;
  /** Requests sent again after a 429, a 5xx or a reset (by the Graph client or the scanner). */
  retries: number;
  /** Reads abandoned after the last retry (the dataset is then unavailable). */
  giveUps: number;
}

export const TERMINAL_SCAN_STATUSES: readonly ScanStatus[] = [ScanStatus.SUCCEEDED, ScanStatus.PARTIAL, ScanStatus.FAILED, ScanStatus.CANCELLED];
