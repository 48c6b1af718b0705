import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the replica's users last had their signInActivity read in full (users/delta cannot return it), and
 * which users/delta round last saw each row (the round that fetches a first read's link after the scan).
 */
export class SignInActivityAge1795781500000 implements MigrationInterface {
  name = 'SignInActivityAge1795781500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE scanner.replica_syncs ADD COLUMN sign_ins_read_at timestamptz');
    await runner.query('ALTER TABLE scanner.replica_rows ADD COLUMN delta_round uuid');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE scanner.replica_rows DROP COLUMN delta_round');
    await runner.query('ALTER TABLE scanner.replica_syncs DROP COLUMN sign_ins_read_at');
  }
}
