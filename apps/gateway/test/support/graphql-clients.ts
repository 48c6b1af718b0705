import { Client, createClient, FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export function httpClient(url: string) {
  return async function graphql<T = Record<string, unknown>>(
    key: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key) headers.authorization = `Bearer ${key}`;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>) };
  };
}

export function wsClient(url: string, key: string | null): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export interface SubscriptionRun {
  results: Array<FormattedExecutionResult<Record<string, unknown>, unknown>>;
  /** Resolves with how the subscription ended: completed by the server, or an error. */
  ended: Promise<{ completed: boolean; error?: unknown }>;
  stop(): void;
}

export function subscribe(client: Client, query: string, variables: Record<string, unknown>): SubscriptionRun {
  const results: SubscriptionRun['results'] = [];
  let stop: () => void = () => undefined;
  const ended = new Promise<{ completed: boolean; error?: unknown }>((resolve) => {
    stop = client.subscribe(
      { query, variables },
      {
        next: (result) => results.push(result),
        error: (error) => resolve({ completed: false, error }),
        complete: () => resolve({ completed: true }),
      },
    );
  });
  return { results, ended, stop: () => stop() };
}
