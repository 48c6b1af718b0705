import 'reflect-metadata';
import { baseEnvSchema, loadConfig, openServiceDatabase, runMain } from '@trueconfig/common';
import { connectorDatabaseOptions } from './database/connector-database.options';

/** migrateServiceDatabase holds its advisory lock on one connection while migrating on another. */
const MIGRATION_POOL_SIZE = 2;

/**
 * `node apps/connector/dist/migrate.js`: applies the connector schema's pending migrations and exits.
 * Reads only the base variables: migrating needs no encryption key.
 */
runMain(async () => {
  const config = loadConfig(baseEnvSchema);
  const dataSource = await openServiceDatabase(connectorDatabaseOptions(config.DATABASE_URL, MIGRATION_POOL_SIZE));
  await dataSource.destroy();
});
