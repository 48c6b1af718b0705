import { EventSubject } from '../subject.enum';
import { ScanStatus } from '../shared/scan.dto';

export interface ScanProgressEvent {
  /**
   * Unique per event (the JetStream message id): a retried publish is stored once and every gateway
   * replica relays it once. Absent on events from older publishers.
   */
  id?: string;
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
  /** Rows of the dataset read so far. */
  rowsRead?: number;
  /** Rows Graph said the dataset holds (`@odata.count`); null when Graph gives no count (e.g. delta listings). */
  expectedRows?: number | null;
  /** rowsRead against expectedRows, 0–100; null when the expected count is unknown. */
  datasetPercent?: number | null;
}

export function scanProgressSubject(tenantId: string, scanId: string): string {
  return `${EventSubject.ScanProgress}.${tenantId}.${scanId}`;
}

export const SCAN_PROGRESS_WILDCARD = `${EventSubject.ScanProgress}.>`;

/**
 * JetStream stream holding progress events for a short while, so a gateway that lost its NATS
 * connection (or a NATS restart) resumes where it stopped instead of missing the final event.
 */
export const SCAN_PROGRESS_STREAM = 'SCAN_PROGRESS';
