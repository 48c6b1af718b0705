import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 4: the structured diagnosis, connection modes, secret warnings and token failures. */
export class ConnectionLifecycle1764400000000 implements MigrationInterface {
  name = 'ConnectionLifecycle1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE connector.connection_tests
        ADD COLUMN admin_consent boolean,
        ADD COLUMN graph_reachable boolean,
        ADD COLUMN licence_tier text,
        ADD COLUMN secret_expires_at timestamptz,
        ADD COLUMN checks jsonb NOT NULL DEFAULT '[]'`);
    await runner.query(`
      ALTER TABLE connector.tenants
        ADD COLUMN connection_mode text NOT NULL DEFAULT 'CLIENT_SECRET' CHECK (connection_mode IN ('CLIENT_SECRET', 'ADMIN_CONSENT')),
        ADD COLUMN secret_warnings_sent jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN last_token_failure jsonb,
        ADD COLUMN disconnected_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE connector.tenants
        DROP COLUMN connection_mode, DROP COLUMN secret_warnings_sent, DROP COLUMN last_token_failure, DROP COLUMN disconnected_at`);
    await runner.query(`
      ALTER TABLE connector.connection_tests
        DROP COLUMN admin_consent, DROP COLUMN graph_reachable, DROP COLUMN licence_tier, DROP COLUMN secret_expires_at, DROP COLUMN checks`);
  }
}
