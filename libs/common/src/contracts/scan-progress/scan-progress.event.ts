import { EventSubject } from '../subject.enum';
import { ScanStatus } from '../shared/scan.dto';

export interface ScanProgressEvent {
  orgId: string;
  scanId: string;
  tenantId: string;
  phase: string;
  percent: number;
  message: string;
  status: ScanStatus;
  at: string;
  /** Per-dataset events: the dataset path being read and the pages read so far. */
  dataset?: string;
  pagesRead?: number;
}

export function scanProgressSubject(tenantId: string, scanId: string): string {
  return `${EventSubject.ScanProgress}.${tenantId}.${scanId}`;
}

export const SCAN_PROGRESS_WILDCARD = `${EventSubject.ScanProgress}.>`;
