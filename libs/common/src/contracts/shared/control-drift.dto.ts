import { ControlStatus } from './scan.dto';

export interface DriftChangeDto {
  auditId: string;
  activity: string;
  /** UPN of the user, or the app's name, who made the change. */
  actor: string;
  at: string;
  target: string;
  modified: string[];
}

export interface ControlDriftDto {
  controlId: string;
  title: string;
  /** Null: the control was not in the previous scan. */
  previous: ControlStatus | null;
  current: ControlStatus | null;
  changes: DriftChangeDto[];
}

/** What changed since the tenant's previous finished scan. */
export interface ScanDriftDto {
  scanId: string;
  /** Null when there is no earlier finished scan to compare with. */
  previousScanId: string | null;
  previousFinishedAt: string | null;
  /** Whether directory audits were collected to explain the changes. */
  auditsCollected: boolean;
  controls: ControlDriftDto[];
}
