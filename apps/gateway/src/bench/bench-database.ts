import { DEFAULT_DATABASE_URL, openServiceDatabase } from '@trueconfig/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { ApiKeyStore } from '../api-key/api-key.store';
import { COMMAND_POOL_SIZE } from '../database/command-pool-size';
import { gatewayDatabaseOptions } from '../database/gateway-database.options';

export interface BenchDatabase {
  url: string;
  key: string;
  orgId: string;
  drop(): Promise<void>;
}

/** A throw-away database on the machine's Postgres, migrated, with one admin key. */
export async function createBenchDatabase(baseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Promise<BenchDatabase> {
  const name = `tc_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const admin = new URL(baseUrl);
  admin.pathname = '/postgres';
  const dataSource = await openServiceDatabase(gatewayDatabaseOptions(url.toString(), COMMAND_POOL_SIZE));
  const created = await new ApiKeyStore(dataSource).create('bench', ApiKeyRole.ADMIN);
  await dataSource.destroy();
  return {
    url: url.toString(),
    key: created.key,
    orgId: created.organisation.id,
    drop: async () => {
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
