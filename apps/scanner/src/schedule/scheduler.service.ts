import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppError, ErrorCode, ScanTrigger } from '@trueconfig/common';
import { DataSource, EntityManager } from 'typeorm';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { ScanStore } from '../scan/scan.store';
import { ScanRunner } from '../scan-run/scan-runner';
import { nextScheduledRun } from './schedule-next-run';
import { SyncScheduleEntity } from './sync-schedule.entity';
import { SyncScheduleStore } from './sync-schedule.store';

const DUE_PER_TICK = 20;

/**
 * Runs on every replica. Each tick locks the due schedules with `FOR UPDATE SKIP LOCKED`, queues a
 * SCHEDULED scan for each and moves its next run on, all in one transaction: a schedule is taken by one
 * replica only, and the one-active-scan index makes a double run impossible even so. A tenant already
 * being scanned skips the slot (the running scan serves it).
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulerService.name);
  private timer?: NodeJS.Timeout;
  private ticking: Promise<void> | null = null;

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly schedules: SyncScheduleStore,
    private readonly scans: ScanStore,
    private readonly runner: ScanRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.SCHEDULER_TICK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
  }

  /** One pass over due schedules; a pass still running makes the next tick a no-op. */
  tick(): Promise<void> {
    this.ticking ??= this.dataSource
      .transaction(async (db) => {
        for (const schedule of await this.schedules.lockDue(db, DUE_PER_TICK)) await this.runDue(db, schedule);
      })
      .catch((error: unknown) => this.logger.error({ msg: 'scheduler tick failed; due schedules stay due', error: String(error) }))
      .finally(() => (this.ticking = null));
    return this.ticking;
  }

  private async runDue(db: EntityManager, schedule: SyncScheduleEntity): Promise<void> {
    const next = nextScheduledRun(new Date(), schedule);
    const { tenantId, orgId } = schedule;
    if (next === null) this.logger.warn({ msg: 'schedule has no next run inside its window; it stays idle until changed', tenantId });
    try {
      const scan = await this.scans.createQueued({ orgId, tenantId, trigger: ScanTrigger.SCHEDULED }, db);
      await this.runner.submit({ scanId: scan.id, orgId, tenantId, trigger: ScanTrigger.SCHEDULED, actor: null });
      await this.schedules.advance(db, schedule, next, scan.id);
      this.logger.log({ msg: 'scheduled scan queued', tenantId, scanId: scan.id, nextRunAt: next?.toISOString() ?? null });
    } catch (error) {
      if (!(error instanceof AppError && error.code === ErrorCode.SCAN_IN_PROGRESS)) throw error;
      await this.schedules.advance(db, schedule, next, null);
      this.logger.log({ msg: 'scheduled scan skipped: the tenant is being scanned', tenantId, runningScanId: error.details?.scanId });
    }
  }
}
