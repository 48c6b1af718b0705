import { AppErrorPayload } from '../../errors/app-error';

export enum ScanStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  /** Finished, but some datasets were unavailable (permission or licence). */
  PARTIAL = 'PARTIAL',
  FAILED = 'FAILED',
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
}

export interface ScanDto {
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
  results: ControlResultDto[];
  error: AppErrorPayload | null;
}

export const TERMINAL_SCAN_STATUSES: readonly ScanStatus[] = [ScanStatus.SUCCEEDED, ScanStatus.PARTIAL, ScanStatus.FAILED];
