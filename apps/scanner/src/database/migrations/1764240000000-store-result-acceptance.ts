import { MigrationInterface, QueryRunner } from 'typeorm';

/** A result's risk acceptance (active or expired), as the evaluation returned it; null when none applies. */
export class StoreResultAcceptance1764240000000 implements MigrationInterface {
  name = 'StoreResultAcceptance1764240000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE scanner.control_results ADD COLUMN IF NOT EXISTS acceptance jsonb');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE scanner.control_results DROP COLUMN IF EXISTS acceptance');
  }
}
