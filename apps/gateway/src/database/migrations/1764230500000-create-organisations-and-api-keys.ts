import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationsAndApiKeys1764230500000 implements MigrationInterface {
  name = 'CreateOrganisationsAndApiKeys1764230500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway.organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_name_key UNIQUE (name)
      )`);
    await runner.query(`
      CREATE TABLE gateway.api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES gateway.organisations (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
        prefix text NOT NULL,
        hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT api_keys_prefix_key UNIQUE (prefix)
      )`);
    await runner.query('CREATE INDEX api_keys_org_idx ON gateway.api_keys (org_id, created_at DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.api_keys');
    await runner.query('DROP TABLE gateway.organisations');
  }
}
