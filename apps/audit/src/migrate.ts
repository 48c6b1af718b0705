import 'reflect-metadata';
import { loadConfig, openServiceDatabase, runMain } from '@trueconfig/common';
import { auditEnvSchema } from './config/audit-env.schema';
import { auditDatabaseOptions } from './database/audit-database.options';

/** `node apps/audit/dist/migrate.js`: applies the audit schema's pending migrations and exits. */
runMain(async () => {
  const config = loadConfig(auditEnvSchema);
  const dataSource = await openServiceDatabase(auditDatabaseOptions(config.DATABASE_URL, 1));
  await dataSource.destroy();
});
