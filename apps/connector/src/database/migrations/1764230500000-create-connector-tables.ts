import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConnectorTables1764230500000 implements MigrationInterface {
  name = 'CreateConnectorTables1764230500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE connector.tenants (
        id uuid PRIMARY KEY,
        org_id text NOT NULL,
        display_name text NOT NULL,
        directory_tenant_id text NOT NULL,
        client_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('CONNECTED', 'DEGRADED', 'FAILED', 'DISCONNECTED')),
        secret_ciphertext bytea,
        secret_iv bytea,
        secret_auth_tag bytea,
        secret_key_id text,
        secret_version integer NOT NULL DEFAULT 1,
        secret_hint text NOT NULL,
        secret_entered_at timestamptz NOT NULL,
        secret_expires_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX tenants_org_created_idx ON connector.tenants (org_id, created_at, id)');
    // One live connection per app registration and directory in an organisation.
    await runner.query(`
      CREATE UNIQUE INDEX tenants_org_app_uniq ON connector.tenants (org_id, directory_tenant_id, client_id)
      WHERE status <> 'DISCONNECTED'`);
    await runner.query(`
      CREATE TABLE connector.connection_tests (
        id uuid PRIMARY KEY,
        org_id text NOT NULL,
        tenant_id uuid REFERENCES connector.tenants (id) ON DELETE SET NULL,
        directory_tenant_id text NOT NULL,
        client_id text NOT NULL,
        ok boolean NOT NULL,
        token_acquired boolean NOT NULL,
        entra_error_code text,
        error_code text,
        message text NOT NULL,
        remediation jsonb NOT NULL,
        permissions jsonb NOT NULL,
        actor text,
        tested_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX connection_tests_tenant_tested_idx ON connector.connection_tests (tenant_id, tested_at)');
    await runner.query('CREATE INDEX connection_tests_org_tested_idx ON connector.connection_tests (org_id, tested_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE connector.connection_tests');
    await runner.query('DROP TABLE connector.tenants');
  }
}
