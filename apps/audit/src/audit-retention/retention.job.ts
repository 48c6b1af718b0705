import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUDIT_CONFIG, AuditEnv } from '../config/audit-env.schema';

/** Lines older than their organisation's retention (its own, or the default), one batch per statement. */
const DELETE_EXPIRED_BATCH = `
  DELETE FROM audit.audit_logs WHERE id IN (
    SELECT l.id FROM audit.audit_logs l
    LEFT JOIN audit.retention_policies p ON p.org_id = l.org_id
    WHERE l.at < now() - make_interval(days => COALESCE(p.days, $1::int))
    LIMIT $2)
  RETURNING id`;

/**
 * Retention is the one exception to append-only. Every replica runs the job; concurrent runs only
 * delete the same expired rows, so no coordination is needed.
 */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionJob.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AUDIT_CONFIG) private readonly config: AuditEnv,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.AUDIT_RETENTION_INTERVAL_MS;
    if (every === 0) return;
    this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.logger.warn(`retention run failed: ${String(error)}`)), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Deletes every expired line, batch after batch; returns how many. */
  runOnce(): Promise<number> {
    this.running ??= this.deleteExpired().finally(() => (this.running = undefined));
    return this.running;
  }

  private async deleteExpired(): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted: unknown[] = await this.dataSource.query(DELETE_EXPIRED_BATCH, [this.config.AUDIT_RETENTION_DAYS, this.config.AUDIT_RETENTION_BATCH]);
      // TypeORM answers a DELETE … RETURNING with [rows, count].
      const count = Array.isArray(deleted[0]) ? (deleted[0] as unknown[]).length : deleted.length;
      total += count;
      if (count < this.config.AUDIT_RETENTION_BATCH) break;
    }
    if (total > 0) this.logger.log(`retention deleted ${total} audit lines`);
    return total;
  }
}
