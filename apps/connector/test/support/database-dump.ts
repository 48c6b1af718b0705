import { Client } from 'pg';

export interface ConnectorRows {
  tenants: Array<Record<string, unknown>>;
  connectionTests: Array<Record<string, unknown>>;
}

/** Every row of the connector's tables, as Postgres hands them out (bytea as Buffer). */
export async function dumpConnectorTables(databaseUrl: string): Promise<ConnectorRows> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tenants = await client.query('SELECT * FROM connector.tenants ORDER BY created_at');
    const connectionTests = await client.query('SELECT * FROM connector.connection_tests ORDER BY tested_at');
    return { tenants: tenants.rows, connectionTests: connectionTests.rows };
  } finally {
    await client.end();
  }
}

/** Every column value of every row rendered as text (Buffers as utf8, so plaintext would show). */
export function columnTexts(rows: Array<Record<string, unknown>>, except: string[] = []): string[] {
  return rows.flatMap((row) =>
    Object.entries(row)
      .filter(([column]) => !except.includes(column))
      .map(([, value]) => (Buffer.isBuffer(value) ? value.toString('utf8') : JSON.stringify(value) ?? '')),
  );
}
