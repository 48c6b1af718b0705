import 'reflect-metadata';
import { loadConfig, openServiceDatabase, runMain } from '@trueconfig/common';
import { scannerEnvSchema } from './config/scanner-env.schema';
import { scannerDatabaseOptions } from './database/scanner-database.options';

/** `node apps/scanner/dist/migrate.js`: applies the scanner schema's pending migrations and exits. */
runMain(async () => {
  const config = loadConfig(scannerEnvSchema);
  // Two connections: migrateServiceDatabase holds one for its advisory lock while the migrations run on another.
  const dataSource = await openServiceDatabase(scannerDatabaseOptions(config.DATABASE_URL, 2));
  await dataSource.destroy();
});
