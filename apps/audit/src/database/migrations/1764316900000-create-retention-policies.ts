import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRetentionPolicies1764316900000 implements MigrationInterface {
  name = 'CreateRetentionPolicies1764316900000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit.retention_policies (
        org_id text PRIMARY KEY,
        days integer NOT NULL CHECK (days > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text
      )`);
    // The retention job looks for the oldest lines across organisations.
    await runner.query('CREATE INDEX audit_logs_at_idx ON audit.audit_logs (at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX audit.audit_logs_at_idx');
    await runner.query('DROP TABLE audit.retention_policies');
  }
}
