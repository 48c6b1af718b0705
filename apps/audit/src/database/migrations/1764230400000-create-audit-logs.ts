import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditLogs1764230400000 implements MigrationInterface {
  name = 'CreateAuditLogs1764230400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit.audit_logs (
        id uuid PRIMARY KEY,
        at timestamptz NOT NULL,
        org_id text NOT NULL,
        tenant_id text,
        scan_id text,
        service text NOT NULL,
        level text NOT NULL CHECK (level IN ('INFO', 'WARN', 'ERROR')),
        code text NOT NULL,
        message text NOT NULL,
        details jsonb,
        actor text,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX audit_logs_org_at_idx ON audit.audit_logs (org_id, at DESC, id DESC)');
    await runner.query('CREATE INDEX audit_logs_org_tenant_at_idx ON audit.audit_logs (org_id, tenant_id, at DESC, id DESC)');
    await runner.query('CREATE INDEX audit_logs_scan_idx ON audit.audit_logs (scan_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit.audit_logs');
  }
}
