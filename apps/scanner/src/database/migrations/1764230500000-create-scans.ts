import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateScans1764230500000 implements MigrationInterface {
  name = 'CreateScans1764230500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scanner.scans (
        id uuid PRIMARY KEY,
        org_id text NOT NULL,
        tenant_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')),
        trigger text NOT NULL CHECK (trigger IN ('MANUAL', 'SCHEDULED')),
        phase text NOT NULL,
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
        error jsonb,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One scan per tenant at a time, enforced by the database so two replicas cannot both start one.
    await runner.query(`CREATE UNIQUE INDEX scans_one_active_per_tenant ON scanner.scans (tenant_id) WHERE status IN ('QUEUED', 'RUNNING')`);
    await runner.query('CREATE INDEX scans_org_tenant_started_idx ON scanner.scans (org_id, tenant_id, started_at DESC)');
    await runner.query(`
      CREATE TABLE scanner.control_results (
        scan_id uuid NOT NULL REFERENCES scanner.scans (id) ON DELETE CASCADE,
        control_id text NOT NULL,
        title text NOT NULL,
        status text NOT NULL CHECK (status IN ('PASS', 'FAIL', 'WARN', 'DEGRADED', 'NOT_APPLICABLE', 'ERROR')),
        summary text NOT NULL,
        metric double precision,
        affected_count integer NOT NULL DEFAULT 0,
        evidence jsonb NOT NULL DEFAULT '[]'::jsonb,
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scan_id, control_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scanner.control_results');
    await runner.query('DROP TABLE scanner.scans');
  }
}
