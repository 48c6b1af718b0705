import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Cancellation lives on the scan row, so whichever replica runs the scan sees it. A scan that has not
 * started is CANCELLED at once (its job is then acked and ignored); a running one is flagged and its
 * worker stops between pages.
 */
@Injectable()
export class ScanCancelStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** False when the scan is not the organisation's. */
  async requestCancel(orgId: string, scanId: string): Promise<boolean> {
    const [rows] = (await this.dataSource.query(
      `UPDATE scanner.scans
          SET cancel_requested_at = CASE WHEN status IN ('QUEUED', 'RUNNING') THEN coalesce(cancel_requested_at, now()) ELSE cancel_requested_at END,
              status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
              phase = CASE WHEN status = 'QUEUED' THEN 'finished' WHEN status = 'RUNNING' THEN 'cancelling' ELSE phase END,
              progress = CASE WHEN status = 'QUEUED' THEN 100 ELSE progress END,
              finished_at = CASE WHEN status = 'QUEUED' THEN now() ELSE finished_at END,
              updated_at = now()
        WHERE id = $1 AND org_id = $2
        RETURNING id`,
      [scanId, orgId],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  async isRequested(scanId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM scanner.scans WHERE id = $1 AND cancel_requested_at IS NOT NULL', [scanId]);
    return rows.length > 0;
  }
}
