import { Client } from 'pg';
import { DataSource } from 'typeorm';

/**
 * Runs a service's pending migrations inside its own schema. The schema is created first (TypeORM
 * needs it before its migrations table), and an advisory lock keeps two replicas starting together
 * from migrating twice. The lock is held on a connection of its own, outside the pool, so a pool of
 * one connection cannot deadlock against it.
 */
export async function migrateServiceDatabase(dataSource: DataSource, schema: string): Promise<string[]> {
  const lock = new Client({ connectionString: (dataSource.options as { url?: string }).url });
  const key = `trueconfig-migrate-${schema}`;
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await lock.end();
  }
}
