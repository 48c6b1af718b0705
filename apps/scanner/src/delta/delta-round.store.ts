import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReplicaRow } from './replica.store';
import { replicaRowsFrom, replicaRowsParams } from './replica-rows.param';

/** What a users/delta round run after a scan needs to know to finish safely. */
export interface PendingDeltaRound {
  tenantId: string;
  scanId: string;
  dataset: string;
  deltaUrl: string;
  /** The sync the round belongs to: if another read records a sync meanwhile, the round changes nothing. */
  syncedAt: string;
  rowCount: number;
}

/** The replica's side of a delta round: rows refreshed as it sees them, then the link, if nothing else ran meanwhile. */
@Injectable()
export class DeltaRoundStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Merges what the round sees (so changes since the scan's listing are not lost) and marks the rows as seen. */
  async merge(round: PendingDeltaRound, roundId: string, rows: readonly ReplicaRow[], firstPosition: number): Promise<void> {
    if (rows.length === 0) return;
    const page = replicaRowsParams(rows);
    await this.dataSource.query(
      `INSERT INTO scanner.replica_rows AS r (tenant_id, dataset, object_id, position, data, scan_id, delta_round)
       SELECT $1, $2, id, $6::bigint + ordinality - 1, data, $3, $4 FROM ${replicaRowsFrom({ ids: '$7', data: '$5' })}
       ON CONFLICT (tenant_id, dataset, object_id) DO UPDATE SET data = r.data || excluded.data, delta_round = excluded.delta_round`,
      [round.tenantId, round.dataset, round.scanId, roundId, page.data, firstPosition, page.ids],
    );
  }

  /**
   * Keeps the link and drops the rows the round did not see (deleted since the scan's listing), in one
   * transaction, only if the sync is still the round's own and no scan of the tenant is running: otherwise
   * that scan's read decides, and the round changes nothing. True when the link was kept.
   */
  async complete(round: PendingDeltaRound, roundId: string, deltaLink: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // An UPDATE's answer is [rows, affected]: only the affected count says whether the link was kept.
      const [, kept] = (await manager.query(
        `UPDATE scanner.replica_syncs SET delta_link = $4 WHERE tenant_id = $1 AND dataset = $2 AND synced_at::text = $3 AND delta_link IS NULL
           AND NOT EXISTS (SELECT 1 FROM scanner.scans s WHERE s.tenant_id = $1 AND s.status = 'RUNNING')`,
        [round.tenantId, round.dataset, round.syncedAt, deltaLink],
      )) as [unknown, number];
      if (kept === 0) return false;
      await manager.query('DELETE FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2 AND delta_round IS DISTINCT FROM $3', [round.tenantId, round.dataset, roundId]);
      await manager.query(
        'UPDATE scanner.replica_syncs SET row_count = (SELECT count(*) FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2) WHERE tenant_id = $1 AND dataset = $2',
        [round.tenantId, round.dataset],
      );
      return true;
    });
  }
}
