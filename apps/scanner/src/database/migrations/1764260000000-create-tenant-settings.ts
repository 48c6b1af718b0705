import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-tenant settings the evaluation uses (break-glass accounts, approved exclusions, thresholds, risk
 * acceptances), the directory audits a scan read (drift explains status changes with them), and
 * an index for a tenant's scan history.
 */
export class CreateTenantSettings1764260000000 implements MigrationInterface {
  name = 'CreateTenantSettings1764260000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scanner.tenant_settings (
        tenant_id uuid PRIMARY KEY,
        org_id text NOT NULL,
        break_glass_accounts jsonb NOT NULL DEFAULT '[]'::jsonb,
        approved_exclusions jsonb NOT NULL DEFAULT '{}'::jsonb,
        approved_applications jsonb NOT NULL DEFAULT '[]'::jsonb,
        thresholds jsonb NOT NULL DEFAULT '{}'::jsonb,
        risk_acceptances jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    await runner.query('CREATE INDEX tenant_settings_org ON scanner.tenant_settings (org_id)');
    await runner.query(`
      CREATE TABLE scanner.scan_directory_audits (
        scan_id uuid PRIMARY KEY REFERENCES scanner.scans (id) ON DELETE CASCADE,
        entries jsonb NOT NULL
      )`);
    await runner.query('CREATE INDEX IF NOT EXISTS scans_tenant_history ON scanner.scans (tenant_id, started_at DESC, id DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX IF EXISTS scanner.scans_tenant_history');
    await runner.query('DROP TABLE scanner.scan_directory_audits');
    await runner.query('DROP TABLE scanner.tenant_settings');
  }
}
