import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { nextScheduledRun } from './schedule-next-run';
import { chooseOffset } from './schedule-time';
import { ValidSchedule } from './schedule-input';
import { SyncScheduleEntity } from './sync-schedule.entity';

/** Serialises offset choices, so two tenants created at once never take the same slot. */
const OFFSET_LOCK = 'scanner.sync_schedules.offsets';

@Injectable()
export class SyncScheduleStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Creates or changes a tenant's schedule. A new interval schedule gets its offset here and keeps it
   * through later changes; a cron schedule has none (it runs at exactly its times).
   */
  save(orgId: string, tenantId: string, schedule: ValidSchedule, now = new Date()): Promise<SyncScheduleEntity> {
    return this.dataSource.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [OFFSET_LOCK]);
      const repository = db.getRepository(SyncScheduleEntity);
      const existing = await repository.findOneBy({ tenantId });
      const offsetSeconds = await this.offsetFor(db, tenantId, schedule.intervalSeconds, existing);
      const row = repository.create({
        ...existing,
        ...schedule,
        tenantId,
        orgId,
        offsetSeconds,
        lastRunAt: existing?.lastRunAt ?? null,
        lastScanId: existing?.lastScanId ?? null,
      });
      row.nextRunAt = schedule.enabled ? nextScheduledRun(now, row) : null;
      return repository.save(row);
    });
  }

  findForTenants(orgId: string, tenantIds: readonly string[]): Promise<SyncScheduleEntity[]> {
    if (tenantIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(SyncScheduleEntity).findBy({ orgId, tenantId: In([...tenantIds]) });
  }

  /** Due schedules, locked for this transaction; other replicas skip them instead of waiting. */
  async lockDue(db: EntityManager, limit: number): Promise<SyncScheduleEntity[]> {
    return db
      .getRepository(SyncScheduleEntity)
      .createQueryBuilder('s')
      .where('s.enabled AND s.next_run_at <= now()')
      .orderBy('s.next_run_at')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async advance(db: EntityManager, row: SyncScheduleEntity, nextRunAt: Date | null, scanId: string | null): Promise<void> {
    const ran = scanId === null ? {} : { lastRunAt: new Date(), lastScanId: scanId };
    await db.getRepository(SyncScheduleEntity).update({ tenantId: row.tenantId }, { nextRunAt, ...ran });
  }

  private async offsetFor(db: EntityManager, tenantId: string, intervalSeconds: number | null, existing: SyncScheduleEntity | null): Promise<number> {
    if (intervalSeconds === null) return 0;
    if (existing?.intervalSeconds) return existing.offsetSeconds % intervalSeconds;
    return chooseOffset(await this.takenOffsets(db), intervalSeconds, tenantId);
  }

  /** Interval schedules only: cron schedules run at their own times and leave the slots free. */
  private async takenOffsets(db: EntityManager): Promise<number[]> {
    const rows: Array<{ offset_seconds: number }> = await db.query('SELECT offset_seconds FROM scanner.sync_schedules WHERE interval_seconds IS NOT NULL');
    return rows.map((r) => r.offset_seconds);
  }
}
