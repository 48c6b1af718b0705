import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scans become durable jobs (attempts, cancellation, a manual scan waiting behind a scheduled one,
 * Graph request counters) and tenants get sync schedules.
 */
export class DurableScansAndSchedules1764400000000 implements MigrationInterface {
  name = 'DurableScansAndSchedules1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    // Scans of the in-process runner that were active at upgrade have no job message: end them.
    await runner.query(`
      UPDATE scanner.scans
         SET status = 'FAILED', phase = 'finished', progress = 100, finished_at = now(), updated_at = now(),
             error = '{"code":"INTERNAL","message":"The scan was interrupted by a scanner upgrade. Start a new scan."}'::jsonb
       WHERE status IN ('QUEUED', 'RUNNING')`);
    await runner.query('ALTER TABLE scanner.scans DROP CONSTRAINT scans_status_check');
    await runner.query(
      `ALTER TABLE scanner.scans ADD CONSTRAINT scans_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'))`,
    );
    await runner.query(`
      ALTER TABLE scanner.scans
        ADD COLUMN queued_behind uuid,
        ADD COLUMN cancel_requested_at timestamptz,
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN requests integer NOT NULL DEFAULT 0,
        ADD COLUMN throttled integer NOT NULL DEFAULT 0,
        ADD COLUMN retries integer NOT NULL DEFAULT 0,
        ADD COLUMN give_ups integer NOT NULL DEFAULT 0`);
    await runner.query('DROP INDEX scanner.scans_one_active_per_tenant');
    // One active scan per tenant, plus at most one manual scan waiting behind a scheduled one.
    await runner.query(
      `CREATE UNIQUE INDEX scans_one_active_per_tenant ON scanner.scans (tenant_id) WHERE status IN ('QUEUED', 'RUNNING') AND queued_behind IS NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX scans_one_waiting_per_tenant ON scanner.scans (tenant_id) WHERE status = 'QUEUED' AND queued_behind IS NOT NULL`,
    );
    await runner.query(`
      CREATE TABLE scanner.sync_schedules (
        tenant_id uuid PRIMARY KEY,
        org_id text NOT NULL,
        enabled boolean NOT NULL,
        interval_seconds integer NOT NULL CHECK (interval_seconds > 0),
        offset_seconds integer NOT NULL CHECK (offset_seconds >= 0),
        window_start_minute smallint CHECK (window_start_minute BETWEEN 0 AND 1439),
        window_end_minute smallint CHECK (window_end_minute BETWEEN 0 AND 1439),
        next_run_at timestamptz,
        last_run_at timestamptz,
        last_scan_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX sync_schedules_due_idx ON scanner.sync_schedules (next_run_at) WHERE enabled');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scanner.sync_schedules');
    await runner.query('DROP INDEX scanner.scans_one_waiting_per_tenant');
    await runner.query('DROP INDEX scanner.scans_one_active_per_tenant');
    await runner.query(`DELETE FROM scanner.scans WHERE status = 'CANCELLED'`);
    await runner.query(
      `ALTER TABLE scanner.scans DROP COLUMN queued_behind, DROP COLUMN cancel_requested_at, DROP COLUMN attempts,
         DROP COLUMN requests, DROP COLUMN throttled, DROP COLUMN retries, DROP COLUMN give_ups`,
    );
    await runner.query(`CREATE UNIQUE INDEX scans_one_active_per_tenant ON scanner.scans (tenant_id) WHERE status IN ('QUEUED', 'RUNNING')`);
    await runner.query('ALTER TABLE scanner.scans DROP CONSTRAINT scans_status_check');
    await runner.query(
      `ALTER TABLE scanner.scans ADD CONSTRAINT scans_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED'))`,
    );
  }
}
