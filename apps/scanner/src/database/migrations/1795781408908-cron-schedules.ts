import { MigrationInterface, QueryRunner } from 'typeorm';

/** A sync schedule runs on an interval or on a cron expression (read in its own time zone), never both. */
export class CronSchedules1795781408908 implements MigrationInterface {
  name = 'CronSchedules1795781408908';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE scanner.sync_schedules
        ALTER COLUMN interval_seconds DROP NOT NULL,
        ADD COLUMN cron text,
        ADD COLUMN timezone text,
        ADD CONSTRAINT sync_schedules_interval_or_cron CHECK ((interval_seconds IS NULL) <> (cron IS NULL)),
        ADD CONSTRAINT sync_schedules_timezone_with_cron CHECK ((cron IS NULL) = (timezone IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // The old schema knows intervals only: a cron schedule becomes a disabled daily one rather than vanish.
    await runner.query(`UPDATE scanner.sync_schedules SET interval_seconds = 86400, cron = NULL, timezone = NULL, enabled = false, next_run_at = NULL
       WHERE cron IS NOT NULL`);
    await runner.query(`
      ALTER TABLE scanner.sync_schedules
        DROP CONSTRAINT sync_schedules_timezone_with_cron,
        DROP CONSTRAINT sync_schedules_interval_or_cron,
        DROP COLUMN timezone,
        DROP COLUMN cron,
        ALTER COLUMN interval_seconds SET NOT NULL`);
  }
}
