import { Inject, Injectable } from '@nestjs/common';
import { ScanStatus } from '@trueconfig/common';
import { DataSource } from 'typeorm';

/** The tenant's latest finished scan before this one: directory audits (drift) are read from its start. */
@Injectable()
export class PreviousScanQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async startedAt(tenantId: string, scanId: string): Promise<Date | null> {
    const rows: Array<{ started_at: Date }> = await this.dataSource.query(
      `SELECT started_at FROM scanner.scans
        WHERE tenant_id = $1 AND id <> $2 AND status IN ($3, $4) AND started_at <= (SELECT started_at FROM scanner.scans WHERE id = $2)
        ORDER BY started_at DESC LIMIT 1`,
      [tenantId, scanId, ScanStatus.SUCCEEDED, ScanStatus.PARTIAL],
    );
    return rows[0]?.started_at ?? null;
  }
}
