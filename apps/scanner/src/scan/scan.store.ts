import { Inject, Injectable } from '@nestjs/common';
import { AppErrorPayload, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { ABANDONED_AFTER_MS, ABANDONED_ERROR, isAbandoned } from './abandoned-scan';
import { ScanEntity } from './scan.entity';
import { scanInProgress } from './scan-in-progress.error';

const ACTIVE_STATUSES = [ScanStatus.QUEUED, ScanStatus.RUNNING];

export interface NewScan {
  orgId: string;
  tenantId: string;
  trigger: ScanTrigger;
}

/** The scan rows: creation under the one-active-scan-per-tenant index, progress, warnings, the end. */
@Injectable()
export class ScanStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private get scans() {
    return this.dataSource.getRepository(ScanEntity);
  }

  /**
   * Inserts a RUNNING scan unless the tenant has an active one: the partial unique index decides, so two
   * replicas racing cannot both start one. An active scan that stopped reporting is failed as abandoned.
   */
  async createRunning(scan: NewScan): Promise<ScanEntity> {
    const created = await this.insertUnlessActive(scan);
    if (created) return created;
    const active = await this.scans.findOneBy({ tenantId: scan.tenantId, status: In(ACTIVE_STATUSES) });
    if (active && !isAbandoned(active.updatedAt)) throw scanInProgress(active.id);
    if (active) await this.failAbandoned(active.id);
    const retried = await this.insertUnlessActive(scan);
    if (!retried) throw scanInProgress(active?.id ?? 'unknown');
    return retried;
  }

  async recordProgress(scanId: string, phase: string, progress: number): Promise<void> {
    await this.scans.update({ id: scanId }, { phase, progress, updatedAt: new Date() });
  }

  async touch(scanId: string): Promise<void> {
    await this.scans.update({ id: scanId }, { updatedAt: new Date() });
  }

  /** Appends a warning once, so a repeated run of the same scan does not repeat it. */
  async addWarning(scanId: string, warning: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE scanner.scans
          SET warnings = CASE WHEN warnings @> jsonb_build_array($2::text) THEN warnings ELSE warnings || jsonb_build_array($2::text) END,
              updated_at = now()
        WHERE id = $1`,
      [scanId, warning],
    );
  }

  async finish(scanId: string, status: ScanStatus, error: AppErrorPayload | null = null): Promise<void> {
    await this.dataSource.query(
      `UPDATE scanner.scans
          SET status = $2, error = $3::jsonb, phase = 'finished', progress = 100, finished_at = now(), updated_at = now()
        WHERE id = $1`,
      [scanId, status, error === null ? null : JSON.stringify(error)],
    );
  }

  /** Only while it is still active and silent: a scan that finished meanwhile keeps its outcome. */
  private async failAbandoned(scanId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE scanner.scans
          SET status = 'FAILED', error = $2::jsonb, phase = 'finished', progress = 100, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') AND updated_at < now() - make_interval(secs => $3)`,
      [scanId, JSON.stringify(ABANDONED_ERROR), ABANDONED_AFTER_MS / 1000],
    );
  }

  private async insertUnlessActive({ orgId, tenantId, trigger }: NewScan): Promise<ScanEntity | null> {
    const now = new Date();
    const scan = this.scans.create({
      id: randomUUID(),
      orgId,
      tenantId,
      trigger,
      status: ScanStatus.RUNNING,
      phase: 'starting',
      progress: 0,
      warnings: [],
      error: null,
      startedAt: now,
      finishedAt: null,
      updatedAt: now,
    });
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO scanner.scans (id, org_id, tenant_id, status, trigger, phase, progress, warnings, started_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '[]'::jsonb, $8, $8)
       ON CONFLICT (tenant_id) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING
       RETURNING id`,
      [scan.id, orgId, tenantId, scan.status, trigger, scan.phase, scan.progress, now],
    );
    return inserted.length > 0 ? scan : null;
  }
}
