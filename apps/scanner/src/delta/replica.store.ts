import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { replicaRowsFrom, replicaRowsParams } from './replica-rows.param';

export interface ReplicaSync {
  selected: string;
  deltaLink: string | null;
  rowCount: number;
  /** When the rows' signInActivity was last read in full (users/delta cannot return it); null if never. */
  signInsReadAt: Date | null;
  /** The last sync's time as Postgres wrote it (exact, for compare-and-set). */
  syncedAt: string;
}

export interface ReplicaRow {
  id: string;
  data: object;
}

/**
 * The per-tenant replica of user-scaled datasets (scanner.replica_rows) and where each one's delta sync
 * stands (scanner.replica_syncs). Full reads arrive through scanner.staged_pages (StagedReadStore); delta
 * changes are merged here, and rows are read a page at a time.
 */
@Injectable()
export class ReplicaStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async syncState(tenantId: string, dataset: string): Promise<ReplicaSync | null> {
    const rows: Array<{ selected: string; delta_link: string | null; row_count: number; sign_ins_read_at: Date | null; synced_at: string }> = await this.dataSource.query(
      'SELECT selected, delta_link, row_count, sign_ins_read_at, synced_at::text FROM scanner.replica_syncs WHERE tenant_id = $1 AND dataset = $2',
      [tenantId, dataset],
    );
    const row = rows[0];
    return row ? { selected: row.selected, deltaLink: row.delta_link, rowCount: Number(row.row_count), signInsReadAt: row.sign_ins_read_at, syncedAt: row.synced_at } : null;
  }

  async rowCount(tenantId: string, dataset: string): Promise<number> {
    return (await this.syncState(tenantId, dataset))?.rowCount ?? 0;
  }

  /** Delta changes are merged into a row (Graph may send only what changed), which keeps its position; new rows take theirs from `firstPosition` on. */
  async mergeChanges(tenantId: string, dataset: string, scanId: string, rows: readonly ReplicaRow[], firstPosition: number): Promise<void> {
    if (rows.length === 0) return;
    const page = replicaRowsParams(rows);
    await this.dataSource.query(
      `INSERT INTO scanner.replica_rows AS r (tenant_id, dataset, object_id, position, data, scan_id)
       SELECT $1, $2, id, $5::bigint + ordinality - 1, data, $3 FROM ${replicaRowsFrom({ ids: '$6', data: '$4' })}
       ON CONFLICT (tenant_id, dataset, object_id) DO UPDATE SET data = r.data || excluded.data, scan_id = excluded.scan_id`,
      [tenantId, dataset, scanId, page.data, firstPosition, page.ids],
    );
  }

  async remove(tenantId: string, dataset: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query('DELETE FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2 AND object_id = ANY($3)', [tenantId, dataset, ids]);
  }

  /** A delta was applied: where the sync stands now (the sign-in read's age is kept). */
  async recordSync(tenantId: string, dataset: string, selected: string, deltaLink: string | null): Promise<number> {
    // An UPDATE's answer is [rows, affected].
    const [rows] = (await this.dataSource.query(
      `UPDATE scanner.replica_syncs SET selected = $3, delta_link = $4, synced_at = now(),
         row_count = (SELECT count(*) FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2)
       WHERE tenant_id = $1 AND dataset = $2 RETURNING row_count`,
      [tenantId, dataset, selected, deltaLink],
    )) as [Array<{ row_count: string }>, number];
    return Number(rows[0]?.row_count ?? 0);
  }

  /** Keyset pages in listing order: memory holds one page whatever the tenant's size. */
  async readPages(tenantId: string, dataset: string, pageSize: number, onPage: (rows: unknown[]) => Promise<void>): Promise<void> {
    let after = { position: '-1', id: '' };
    for (;;) {
      const rows: Array<{ object_id: string; position: string; data: unknown }> = await this.dataSource.query(
        `SELECT object_id, position, data FROM scanner.replica_rows
         WHERE tenant_id = $1 AND dataset = $2 AND (position, object_id) > ($3::bigint, $4)
         ORDER BY position, object_id LIMIT $5`,
        [tenantId, dataset, after.position, after.id, pageSize],
      );
      if (rows.length === 0) return;
      await onPage(rows.map((row) => row.data));
      const last = rows[rows.length - 1];
      after = { position: String(last.position), id: last.object_id };
      if (rows.length < pageSize) return;
    }
  }
}
