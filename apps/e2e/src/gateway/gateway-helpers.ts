import { graphqlWsClient } from '@trueconfig/launcher';
import { Client } from 'graphql-ws';
import { env, gql } from '../support/e2e-client';

export interface LiveRun<T> {
  events: T[];
  errors: unknown[];
  ended: Promise<void>;
  stop(): void;
}

/** A subscription that records what arrives until it ends or is stopped; errors are kept, not thrown. */
export function follow<T>(client: Client, query: string, variables: Record<string, unknown>): LiveRun<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  let stop: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    stop = client.subscribe<T>({ query, variables }, {
      next: (result) => (result.errors ? errors.push(...result.errors) : events.push(result.data as T)),
      error: (error) => {
        errors.push(...(Array.isArray(error) ? error : [error]));
        resolve();
      },
      complete: () => resolve(),
    });
  });
  return { events, errors, ended, stop: () => stop() };
}

export function codesOf(errors: unknown[]): unknown[] {
  return errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
}

export function wsClient(key: string, url = env.gatewayUrl): Client {
  return graphqlWsClient(url, key);
}

/** A new key of the admin's organisation, made through GraphQL as an admin would. */
export async function newKey(role: 'VIEWER' | 'OPERATOR' | 'ADMIN', adminKey = env.adminKey): Promise<{ key: string; id: string }> {
  const created = await gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
    'mutation($role: ApiKeyRole!) { createApiKey(role: $role, name: "e2e") { key apiKey { id } } }',
    { role },
    adminKey,
  );
  if (!created.data) throw new Error(`createApiKey failed: ${JSON.stringify(created.errors)}`);
  return { key: created.data.createApiKey.key, id: created.data.createApiKey.apiKey.id };
}

export async function exportLogs(query: string, key: string, format = 'csv', baseUrl = env.gatewayUrl.replace(/\/graphql$/, '')) {
  const response = await fetch(`${baseUrl}/exports/audit-logs.${format}?${query}`, { headers: { authorization: `Bearer ${key}` } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
