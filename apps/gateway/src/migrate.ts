import 'reflect-metadata';
import { loadConfig, openServiceDatabase, runMain } from '@trueconfig/common';
import { gatewayEnvSchema } from './config/gateway-env.schema';
import { COMMAND_POOL_SIZE } from './database/command-pool-size';
import { gatewayDatabaseOptions } from './database/gateway-database.options';

/** `node apps/gateway/dist/migrate.js`: applies the gateway schema's pending migrations and exits. */
runMain(async () => {
  const config = loadConfig(gatewayEnvSchema);
  const dataSource = await openServiceDatabase(gatewayDatabaseOptions(config.DATABASE_URL, COMMAND_POOL_SIZE));
  await dataSource.destroy();
});
