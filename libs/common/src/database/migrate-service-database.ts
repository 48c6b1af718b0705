import { DataSource } from 'typeorm';

/**
 * Runs a service's pending migrations inside its own schema. The schema is created first (TypeORM
 * needs it before its migrations table), and an advisory lock keeps two replicas starting together
 * from migrating twice.
 */
export async function migrateServiceDatabase(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`trueconfig-migrate-${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`trueconfig-migrate-${schema}`]).catch(() => undefined);
    await runner.release();
  }
}
