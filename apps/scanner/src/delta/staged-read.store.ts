import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { deleteStaged, STAGED_ROWS } from './staged-pages.store';

/** A staged row `t.row` as jsonb without its `@…` keys; most rows have none, and only those are taken apart. */
const WITHOUT_ANNOTATIONS = `CASE WHEN t.row::text LIKE '%"@%'
  THEN (SELECT jsonb_object_agg(key, value) FROM jsonb_each(t.row::jsonb) WHERE key NOT LIKE '@%') ELSE t.row::jsonb END`;

/** A full read of a dataset, staged page by page and complete, waiting to become the replica. */
export interface StagedRead {
  scanId: string;
  /** The `$select` the delta link tracks. */
  selected: string;
  deltaLink: string | null;
  /** Set when the read included signInActivity in full. */
  signInsReadAt: Date | null;
}

/** A staged read, now the replica: the sync as recorded. */
export interface LoadedRead {
  scanId: string;
  syncedAt: string;
  rowCount: number;
  deltaLink: string | null;
}

/**
 * The life of a full read in scanner.replica_syncs: begun (the old link goes, so a read that dies half way is
 * never followed by a delta), staged (complete, its pages in scanner.staged_pages), loaded (its rows replace
 * the replica's and its link is kept). Loading is done once the scan is over, or by the next read of the
 * tenant if that comes first; the row lock makes either the only one.
 */
@Injectable()
export class StagedReadStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async begin(tenantId: string, dataset: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scanner.replica_syncs AS s (tenant_id, dataset, selected, delta_link, row_count) VALUES ($1, $2, '', NULL, 0)
       ON CONFLICT (tenant_id, dataset) DO UPDATE SET delta_link = NULL, staged_scan = NULL, staged_selected = NULL, staged_link = NULL, staged_sign_ins_read_at = NULL`,
      [tenantId, dataset],
    );
  }

  async staged(tenantId: string, dataset: string, read: StagedRead): Promise<void> {
    await this.dataSource.query(
      'UPDATE scanner.replica_syncs SET staged_scan = $3, staged_selected = $4, staged_link = $5, staged_sign_ins_read_at = $6 WHERE tenant_id = $1 AND dataset = $2',
      [tenantId, dataset, read.scanId, read.selected, read.deltaLink, read.signInsReadAt],
    );
  }

  /** Turns a staged read into the replica, if one is waiting; null when none was (or another loader got there first). */
  async load(tenantId: string, dataset: string): Promise<LoadedRead | null> {
    return this.dataSource.transaction(async (manager) => {
      const waiting: Array<{ staged_scan: string }> = await manager.query(
        'SELECT staged_scan FROM scanner.replica_syncs WHERE tenant_id = $1 AND dataset = $2 AND staged_scan IS NOT NULL FOR UPDATE',
        [tenantId, dataset],
      );
      const scanId = waiting[0]?.staged_scan;
      if (!scanId) return null;
      await this.replaceRows(manager, tenantId, dataset, scanId);
      // An UPDATE's answer is [rows, affected].
      const [synced] = (await manager.query(
        `UPDATE scanner.replica_syncs SET selected = staged_selected, delta_link = staged_link, synced_at = now(),
           row_count = (SELECT count(*) FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2),
           sign_ins_read_at = COALESCE(staged_sign_ins_read_at, sign_ins_read_at),
           staged_scan = NULL, staged_selected = NULL, staged_link = NULL, staged_sign_ins_read_at = NULL
         WHERE tenant_id = $1 AND dataset = $2 RETURNING synced_at::text, row_count, delta_link`,
        [tenantId, dataset],
      )) as [Array<{ synced_at: string; row_count: string; delta_link: string | null }>, number];
      await deleteStaged(manager, tenantId, dataset);
      const sync = synced[0];
      return sync ? { scanId, syncedAt: sync.synced_at, rowCount: Number(sync.row_count), deltaLink: sync.delta_link } : null;
    });
  }

  /**
   * The read saw every row there is: the replica becomes exactly its pages' rows, in listing order, as
   * toReplicaChanges keeps them (an object with an id, not marked removed, without OData annotations).
   */
  private async replaceRows(manager: EntityManager, tenantId: string, dataset: string, scanId: string): Promise<void> {
    await manager.query('DELETE FROM scanner.replica_rows WHERE tenant_id = $1 AND dataset = $2', [tenantId, dataset]);
    await manager.query(
      `INSERT INTO scanner.replica_rows AS r (tenant_id, dataset, object_id, position, data, scan_id)
       SELECT p.tenant_id, p.dataset, t.row->>'id', p.first_position + t.ordinality - 1, ${WITHOUT_ANNOTATIONS}, p.scan_id
       FROM scanner.staged_pages p CROSS JOIN LATERAL ${STAGED_ROWS} WITH ORDINALITY AS t(row, ordinality)
       WHERE p.tenant_id = $1 AND p.dataset = $2 AND p.scan_id = $3 AND json_typeof(t.row->'id') = 'string' AND t.row->'@removed' IS NULL
       ON CONFLICT (tenant_id, dataset, object_id) DO UPDATE SET data = excluded.data, position = excluded.position`,
      [tenantId, dataset, scanId],
    );
  }
}
