import { MigrationInterface, QueryRunner } from 'typeorm';

/** Keys created through GraphQL may carry a name, so an admin can tell them apart in the list. */
export class AddApiKeyNames1764316800000 implements MigrationInterface {
  name = 'AddApiKeyNames1764316800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE gateway.api_keys ADD COLUMN name text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE gateway.api_keys DROP COLUMN name');
  }
}
