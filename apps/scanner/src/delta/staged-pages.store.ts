import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface StagedPage {
  page: number;
  firstPosition: number;
  /** The page as Graph sent it (a JSON document with the rows under `value`); null where only the join keys are kept. */
  body: Buffer | null;
  /** ID-01's join keys, a JSON array of ids. */
  joinKeys: string;
}

/** SQL: the rows of a staged page `p`, as json, one per row of the result. */
export const STAGED_ROWS = `json_array_elements((convert_from(p.body, 'UTF8')::json)->'value')`;

/** Everything staged for a tenant's dataset: its pages and the ids a restarted listing recorded. */
export async function deleteStaged(db: Pick<EntityManager, 'query'>, tenantId: string, dataset: string): Promise<void> {
  await db.query('DELETE FROM scanner.staged_pages WHERE tenant_id = $1 AND dataset = $2', [tenantId, dataset]);
  await db.query('DELETE FROM scanner.staged_seen WHERE tenant_id = $1 AND dataset = $2', [tenantId, dataset]);
}

/**
 * scanner.staged_pages: a full read's Graph pages, one row per page, written as they come (no per-row
 * index work during the scan) and loaded into the replica once the scan is over (StagedReadStore).
 */
@Injectable()
export class StagedPagesStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async stage(tenantId: string, dataset: string, scanId: string, page: StagedPage): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scanner.staged_pages (tenant_id, dataset, scan_id, page, first_position, body, join_keys) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, dataset, scan_id, page) DO UPDATE SET first_position = excluded.first_position, body = excluded.body, join_keys = excluded.join_keys`,
      [tenantId, dataset, scanId, page.page, page.firstPosition, page.body, page.joinKeys],
    );
  }

  /** A read starts over: whatever an earlier read of this dataset staged (a scan that died, an earlier attempt) goes. */
  clear(tenantId: string, dataset: string): Promise<void> {
    return deleteStaged(this.dataSource, tenantId, dataset);
  }

  /** A listing restarts: the ids it staged so far are recorded, so the next attempt can skip them (rare, so done in bulk here). */
  async rememberStagedIds(tenantId: string, dataset: string, scanId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scanner.staged_seen (tenant_id, dataset, scan_id, object_id)
       SELECT p.tenant_id, p.dataset, p.scan_id, row->>'id' FROM scanner.staged_pages p CROSS JOIN LATERAL ${STAGED_ROWS} AS row
       WHERE p.tenant_id = $1 AND p.dataset = $2 AND p.scan_id = $3 AND row->>'id' IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [tenantId, dataset, scanId],
    );
  }

  /** Of these ids, those an earlier attempt of this scan's listing staged. */
  async seen(tenantId: string, dataset: string, scanId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ object_id: string }> = await this.dataSource.query(
      'SELECT object_id FROM scanner.staged_seen WHERE tenant_id = $1 AND dataset = $2 AND scan_id = $3 AND object_id = ANY($4)',
      [tenantId, dataset, scanId, ids],
    );
    return new Set(rows.map((row) => row.object_id));
  }
}
