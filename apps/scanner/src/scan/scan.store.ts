import { Inject, Injectable } from '@nestjs/common';
import { AppErrorPayload, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { GraphRequestCounts } from '../graph/graph-request-counts';
import { ScanEntity } from './scan.entity';
import { scanInProgress } from './scan-in-progress.error';

const ACTIVE_STATUSES = [ScanStatus.QUEUED, ScanStatus.RUNNING];

export interface NewScan {
  orgId: string;
  tenantId: string;
  trigger: ScanTrigger;
}

/** The scan rows: creation under the one-active-scan-per-tenant index, progress, warnings, counters, the end. */
@Injectable()
export class ScanStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Inserts a QUEUED scan unless the tenant has an active one (the partial unique index decides, so
   * replicas racing cannot both create one). A manual scan asked for while a scheduled one is active
   * waits behind it instead (at most one waits); anything else is SCAN_IN_PROGRESS with the active id.
   */
  async createQueued(scan: NewScan, db: EntityManager = this.dataSource.manager): Promise<ScanEntity> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const created = await this.insert(db, scan, null);
      if (created) return created;
      const active = await db.getRepository(ScanEntity).findOneBy({ tenantId: scan.tenantId, status: In(ACTIVE_STATUSES), queuedBehind: IsNull() });
      if (!active) continue; // it finished between our insert and our look-up
      if (scan.trigger !== ScanTrigger.MANUAL || active.trigger !== ScanTrigger.SCHEDULED) throw scanInProgress(active.id);
      const waiting = await this.insert(db, scan, active.id);
      if (waiting) return waiting;
      const queued = await db.getRepository(ScanEntity).findOneBy({ tenantId: scan.tenantId, status: ScanStatus.QUEUED, queuedBehind: Not(IsNull()) });
      throw scanInProgress(queued?.id ?? active.id);
    }
    throw scanInProgress('unknown');
  }

  async recordProgress(scanId: string, phase: string, progress: number): Promise<void> {
    await this.dataSource.getRepository(ScanEntity).update({ id: scanId }, { phase, progress, updatedAt: new Date() });
  }

  /** Adds what the Graph client counted since the last flush. */
  async addCounts(scanId: string, delta: GraphRequestCounts): Promise<void> {
    await this.dataSource.query(
      `UPDATE scanner.scans SET requests = requests + $2, throttled = throttled + $3, retries = retries + $4, give_ups = give_ups + $5, updated_at = now()
        WHERE id = $1`,
      [scanId, delta.total, delta.throttled, delta.retries, delta.giveUps],
    );
  }

  /** Appends a warning once, so a redelivered run of the same scan does not repeat it. */
  async addWarning(scanId: string, warning: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE scanner.scans
          SET warnings = CASE WHEN warnings @> jsonb_build_array($2::text) THEN warnings ELSE warnings || jsonb_build_array($2::text) END,
              updated_at = now()
        WHERE id = $1`,
      [scanId, warning],
    );
  }

  /** Ends a running scan; false when it had already ended (another worker finished it, or it was cancelled). */
  async finishRunning(scanId: string, status: ScanStatus, error: AppErrorPayload | null = null): Promise<boolean> {
    const [, affected] = (await this.dataSource.query(
      `UPDATE scanner.scans
          SET status = $2, error = $3::jsonb, phase = 'finished', progress = 100, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'RUNNING'`,
      [scanId, status, error === null ? null : JSON.stringify(error)],
    )) as [unknown, number];
    return affected > 0;
  }

  private async insert(db: EntityManager, { orgId, tenantId, trigger }: NewScan, behind: string | null): Promise<ScanEntity | null> {
    const arbiter = behind === null ? `status IN ('QUEUED', 'RUNNING') AND queued_behind IS NULL` : `status = 'QUEUED' AND queued_behind IS NOT NULL`;
    const rows: Array<{ id: string }> = await db.query(
      `INSERT INTO scanner.scans (id, org_id, tenant_id, status, trigger, phase, progress, warnings, queued_behind)
       VALUES ($1, $2, $3, 'QUEUED', $4, $5, 0, '[]'::jsonb, $6)
       ON CONFLICT (tenant_id) WHERE ${arbiter} DO NOTHING
       RETURNING id`,
      [randomUUID(), orgId, tenantId, trigger, behind === null ? 'queued' : 'waiting', behind],
    );
    return rows.length > 0 ? db.getRepository(ScanEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }
}
