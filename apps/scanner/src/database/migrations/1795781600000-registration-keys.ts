import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each user's MFA registration as the last scan read it: ID-01 joins it to the users replica in Postgres. */
export class RegistrationKeys1795781600000 implements MigrationInterface {
  name = 'RegistrationKeys1795781600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scanner.registration_keys (
        tenant_id uuid NOT NULL,
        object_id text NOT NULL,
        registered boolean NOT NULL,
        scan_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, object_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scanner.registration_keys');
  }
}
