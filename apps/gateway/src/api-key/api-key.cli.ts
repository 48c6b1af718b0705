import 'reflect-metadata';
import { Logger, LoggerService } from '@nestjs/common';
import { loadConfig, openServiceDatabase, runMain } from '@trueconfig/common';
import { gatewayEnvSchema } from '../config/gateway-env.schema';
import { COMMAND_POOL_SIZE } from '../database/command-pool-size';
import { gatewayDatabaseOptions } from '../database/gateway-database.options';
import { ApiKeyCommand, parseApiKeyCommand } from './api-key-command';
import { ApiKeyStore } from './api-key.store';

/** Explanations go to stderr so that stdout's last line is the key alone (scripts read it). */
const explain = (line: string) => process.stderr.write(`${line}\n`);
const stderrLogger: LoggerService = { log: explain, warn: explain, error: explain };

/**
 * `node apps/gateway/dist/api-key/api-key.cli.js create --org <name> --role <role>` (npm run apikey).
 * Applies the gateway's migrations first, so it works on a fresh database.
 */
runMain(async () => {
  Logger.overrideLogger(stderrLogger);
  const command = parseApiKeyCommand(process.argv.slice(2));
  const config = loadConfig(gatewayEnvSchema);
  const dataSource = await openServiceDatabase(gatewayDatabaseOptions(config.DATABASE_URL, COMMAND_POOL_SIZE));
  try {
    await execute(command, new ApiKeyStore(dataSource));
  } finally {
    await dataSource.destroy();
  }
});

async function execute(command: ApiKeyCommand, store: ApiKeyStore): Promise<void> {
  if (command.name === 'create') {
    const created = await store.create(command.org, command.role);
    const org = created.organisation;
    explain(`${created.organisationCreated ? 'Created organisation' : 'Organisation'} "${org.name}" (${org.id}).`);
    explain(`New ${command.role} API key ${created.record.id}. It is shown only this once: store it now.`);
    process.stdout.write(`${created.key}\n`);
    return;
  }
  if (command.name === 'list') {
    const keys = await store.listByOrganisation(command.org);
    for (const k of keys) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : `last used ${k.lastUsedAt?.toISOString() ?? 'never'}`;
      process.stdout.write(`${k.id}  ${k.role.padEnd(8)}  tc_${k.prefix}_…  created ${k.createdAt.toISOString()}  ${state}\n`);
    }
    if (keys.length === 0) explain(`No API keys for organisation "${command.org}".`);
    return;
  }
  explain((await store.revoke(command.id)) ? `Revoked API key ${command.id}.` : `No active API key ${command.id}.`);
}
