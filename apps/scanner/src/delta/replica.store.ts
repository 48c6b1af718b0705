import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { replicaRowsFrom, replicaRowsParams } from './replica-rows.param';

const UNIQUE_VIOLATION = '23505';

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
 * The per-tenant replica of user-scaled datasets (scanner.replica_rows) and where each one's delta
 * sync stands (scanner.replica_syncs). Rows are written and read a page at a time.
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

  /** A full read begins: the old delta link goes first, so a read that dies half way is never followed by a delta. */
  async forgetDeltaLink(tenantId: string, dataset: string): Promise<void> {
    await this.dataSource.query('UPDATE scanner.replica_syncs SET delta_link = NULL WHERE tenant_id = $1 AND dataset = $2', [tenantId, dataset]);
  }

  /**
   * Full reads replace a row and its listing position; delta changes are merged into it (Graph may send
   * only what changed) and keep its position (new rows take theirs from `firstPosition` on).
   */
  async upsert(tenantId: string, dataset: string, scanId: string, rows: readonly ReplicaRow[], merge: boolean, firstPosition: number): Promise<void> {
    const update = merge ? 'data = r.data || excluded.data' : 'data = excluded.data, position = excluded.position';
    await this.insertRows(tenantId, dataset, scanId, rows, firstPosition, `ON CONFLICT (tenant_id, dataset, object_id) DO UPDATE SET ${update}, scan_id = excluded.scan_id`);
  }

  /**
   * A full read's page while none of its rows is stored: a plain INSERT, which costs Postgres markedly less
   * than the upsert. False, with nothing written, when one of them was stored after all.
   */
  async insertNew(tenantId: string, dataset: string, scanId: string, rows: readonly ReplicaRow[], firstPosition: number): Promise<boolean> {
    try {
      await this.insertRows(tenantId, dataset, scanId, rows, firstPosition, '');
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }

  async holdsRows(tenantId: string, dataset: string): Promise<boolean> {
    const rows: Array<{ held: boolean }> = await this.dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2) AS held',
      [tenantId, dataset],
    );
    return rows[0]?.held === true;
  }

  private async insertRows(tenantId: string, dataset: string, scanId: string, rows: readonly ReplicaRow[], firstPosition: number, onConflict: string): Promise<void> {
    if (rows.length === 0) return;
    const page = replicaRowsParams(rows);
    await this.dataSource.query(
      `INSERT INTO scanner.replica_rows AS r (tenant_id, dataset, object_id, position, data, scan_id)
       SELECT $1, $2, id, $5::bigint + ordinality - 1, data, $3 FROM ${replicaRowsFrom({ ids: '$6', data: '$4' })} ${onConflict}`,
      [tenantId, dataset, scanId, page.data, firstPosition, page.ids],
    );
  }

  /** Of these ids, those already stored by this scan (a listing that restarted has seen them). */
  async seenByScan(tenantId: string, dataset: string, scanId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ object_id: string }> = await this.dataSource.query(
      'SELECT object_id FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2 AND object_id = ANY($3) AND scan_id = $4',
      [tenantId, dataset, ids, scanId],
    );
    return new Set(rows.map((row) => row.object_id));
  }

  async remove(tenantId: string, dataset: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query('DELETE FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2 AND object_id = ANY($3)', [tenantId, dataset, ids]);
  }

  /** A full read is complete: rows it did not see are gone from the tenant. */
  async dropRowsNotFrom(tenantId: string, dataset: string, scanId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2 AND scan_id <> $3', [tenantId, dataset, scanId]);
  }

  /** Where the sync stands; `signInsReadAt` is given when this read included signInActivity in full (else kept). */
  async recordSync(tenantId: string, dataset: string, selected: string, deltaLink: string | null, signInsReadAt?: Date): Promise<number> {
    const rows: Array<{ row_count: number }> = await this.dataSource.query(
      `INSERT INTO scanner.replica_syncs AS s (tenant_id, dataset, selected, delta_link, row_count, synced_at, sign_ins_read_at)
       VALUES ($1, $2, $3, $4, (SELECT count(*) FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2), now(), $5)
       ON CONFLICT (tenant_id, dataset) DO UPDATE SET selected = excluded.selected, delta_link = excluded.delta_link,
         row_count = excluded.row_count, synced_at = excluded.synced_at, sign_ins_read_at = COALESCE(excluded.sign_ins_read_at, s.sign_ins_read_at)
       RETURNING row_count`,
      [tenantId, dataset, selected, deltaLink, signInsReadAt ?? null],
    );
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
