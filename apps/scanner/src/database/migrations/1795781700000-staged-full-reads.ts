import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A full read's pages are staged as they come (one row per Graph page, no per-row index work) and loaded
 * into the replica once the scan is over; registration keys are staged the same way and replace the
 * per-row registration_keys table. replica_syncs remembers the staged read until it is loaded.
 */
export class StagedFullReads1795781700000 implements MigrationInterface {
  name = 'StagedFullReads1795781700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scanner.staged_pages (
        tenant_id uuid NOT NULL,
        dataset text NOT NULL,
        scan_id uuid NOT NULL,
        page integer NOT NULL,
        first_position bigint NOT NULL,
        -- The page as Graph sent it (its rows under "value"); null where only the join keys are kept.
        body bytea,
        -- ID-01's join keys (a JSON array of ids): enabled members of a users page, registered users of a report page.
        join_keys text NOT NULL,
        PRIMARY KEY (tenant_id, dataset, scan_id, page)
      )`);
    // Written once and read once shortly after: compressing the pages would cost more than it saves.
    await runner.query('ALTER TABLE scanner.staged_pages ALTER COLUMN body SET STORAGE EXTERNAL, ALTER COLUMN join_keys SET STORAGE EXTERNAL');
    // Ids a restarted listing has already staged; filled only when a page token expires mid-way.
    await runner.query(`
      CREATE TABLE scanner.staged_seen (
        tenant_id uuid NOT NULL,
        dataset text NOT NULL,
        scan_id uuid NOT NULL,
        object_id text NOT NULL,
        PRIMARY KEY (tenant_id, dataset, scan_id, object_id)
      )`);
    await runner.query(`
      ALTER TABLE scanner.replica_syncs
        ADD COLUMN staged_scan uuid,
        ADD COLUMN staged_selected text,
        ADD COLUMN staged_link text,
        ADD COLUMN staged_sign_ins_read_at timestamptz`);
    await runner.query('DROP TABLE scanner.registration_keys');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scanner.registration_keys (
        tenant_id uuid NOT NULL,
        object_id text NOT NULL,
        registered boolean NOT NULL,
        scan_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, object_id)
      )`);
    await runner.query('ALTER TABLE scanner.replica_syncs DROP COLUMN staged_scan, DROP COLUMN staged_selected, DROP COLUMN staged_link, DROP COLUMN staged_sign_ins_read_at');
    await runner.query('DROP TABLE scanner.staged_seen');
    await runner.query('DROP TABLE scanner.staged_pages');
  }
}
