import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { AUDIT_LOGS } from '../support/documents';
import { emulator, env, gql, receivedResponses } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, emulatorTenant, finishedScan, startScan } from '../support/scan-helpers';

describe('a client secret never leaves the connector’s encrypted column', () => {
  it('is absent from every log line, every audit row and every GraphQL response', async () => {
    const tenant = await emulatorTenant(30);
    const good = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const tenantId = (await connect(tenant.tenantId, good)).data!.connectTenant.tenant.id;
    await finishedScan(await startScan(tenantId));
    const other = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const wrongSecret = `${other.clientSecret}-wrong`;
    await connect(tenant.tenantId, { clientId: other.clientId, clientSecret: wrongSecret });
    await gql(AUDIT_LOGS, { filter: { tenantId }, first: 100 });
    await new Promise((resolve) => setTimeout(resolve, 500));

    const secrets = [good.clientSecret, wrongSecret];
    const logs = readdirSync(env.logDir).map((f) => readFileSync(join(env.logDir, f), 'utf8'));
    expect(logs.join('\n').length).toBeGreaterThan(1000);
    for (const secret of secrets) {
      expect(logs.some((text) => text.includes(secret))).toBe(false);
      expect(receivedResponses.some((text) => text.includes(secret))).toBe(false);
      expect(await tablesContaining(secret)).toEqual([]);
    }
  });
});

/** Every table (in any TrueConfig schema) with a text-ish column holding the value. */
async function tablesContaining(value: string): Promise<string[]> {
  const client = new Client({ connectionString: env.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables
       WHERE table_schema IN ('gateway', 'connector', 'scanner', 'audit') AND table_type = 'BASE TABLE'`,
    );
    const hits: string[] = [];
    for (const { table_schema, table_name } of tables.rows) {
      const found = await client.query(`SELECT 1 FROM "${table_schema}"."${table_name}" t WHERE t::text LIKE $1 LIMIT 1`, [`%${value}%`]);
      if (found.rowCount) hits.push(`${table_schema}.${table_name}`);
    }
    return hits;
  } finally {
    await client.end();
  }
}
