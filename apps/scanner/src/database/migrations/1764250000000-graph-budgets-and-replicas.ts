import { MigrationInterface, QueryRunner } from 'typeorm';

/** Pacing budgets shared by every replica, and the per-tenant replica of user-scaled datasets (delta sync). */
export class GraphBudgetsAndReplicas1764250000000 implements MigrationInterface {
  name = 'GraphBudgetsAndReplicas1764250000000';

  async up(runner: QueryRunner): Promise<void> {
    // One token bucket per tenant and Graph budget; tokens may go negative (a reservation waiting its turn).
    await runner.query(`
      CREATE TABLE scanner.graph_budgets (
        tenant_id uuid NOT NULL,
        bucket text NOT NULL,
        tokens double precision NOT NULL,
        refreshed_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, bucket)
      )`);
    await runner.query(`
      CREATE TABLE scanner.replica_rows (
        tenant_id uuid NOT NULL,
        dataset text NOT NULL,
        object_id text NOT NULL,
        -- Listing order: the replica is fed back in Graph's order, so joins with other datasets stay small.
        position bigint NOT NULL,
        data jsonb NOT NULL,
        scan_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, dataset, object_id)
      )`);
    await runner.query('CREATE INDEX replica_rows_order_idx ON scanner.replica_rows (tenant_id, dataset, position, object_id)');
    await runner.query(`
      CREATE TABLE scanner.replica_syncs (
        tenant_id uuid NOT NULL,
        dataset text NOT NULL,
        selected text NOT NULL,
        delta_link text,
        row_count integer NOT NULL DEFAULT 0,
        synced_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, dataset)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scanner.replica_syncs');
    await runner.query('DROP TABLE scanner.replica_rows');
    await runner.query('DROP TABLE scanner.graph_budgets');
  }
}
