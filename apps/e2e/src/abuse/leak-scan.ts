import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { env } from '../support/e2e-client';

/** Where each value was found: `log:<file>`, `table:<schema.table>`, or the source names given. */
export async function findLeaks(values: string[], texts: Record<string, string[]>): Promise<string[]> {
  const sources: Record<string, string[]> = { ...texts };
  for (const file of readdirSync(env.logDir)) sources[`log:${file}`] = [readFileSync(join(env.logDir, file), 'utf8')];
  const hits: string[] = [];
  for (const [source, entries] of Object.entries(sources)) {
    for (const value of values) if (entries.some((text) => text.includes(value))) hits.push(`${source} holds ${value.slice(0, 12)}…`);
  }
  return [...hits, ...(await tablesHolding(values))];
}

/** Every table of every schema the services own, each row as text. */
async function tablesHolding(values: string[]): Promise<string[]> {
  const client = new Client({ connectionString: env.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
    );
    const hits: string[] = [];
    const patterns = values.map((v) => `%${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    for (const { table_schema, table_name } of tables.rows) {
      const found = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${table_schema}"."${table_name}" t WHERE t::text LIKE ANY($1::text[]) LIMIT 5`, [patterns]);
      for (const { row } of found.rows) hits.push(`table:${table_schema}.${table_name} holds ${row.slice(0, 80)}…`);
    }
    return hits;
  } finally {
    await client.end();
  }
}

/** Every service still answers /readyz with 200. */
export async function readiness(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(env.serviceUrls).map(async ([name, url]) => [name, (await fetch(`${url}/readyz`)).status] as const),
  );
  return Object.fromEntries(entries);
}
