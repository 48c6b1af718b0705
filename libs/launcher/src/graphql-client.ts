import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

/** A plain GraphQL-over-HTTP client, as a frontend would use it. */
export async function graphqlRequest<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  apiKey?: string,
): Promise<GraphqlResponse<T> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse<T>;
  return { ...body, status: response.status };
}

/** A graphql-ws client authenticated the way partners do it (connectionParams). */
export function graphqlWsClient(httpUrl: string, apiKey?: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects a subscription's events until it completes (or errors), resolving with all of them. */
export function collectSubscription<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  onEvent?: (event: GraphqlResponse<T>) => void,
): { done: Promise<Array<GraphqlResponse<T>>>; cancel: () => void } {
  const events: Array<GraphqlResponse<T>> = [];
  let cancel: () => void = () => undefined;
  const done = new Promise<Array<GraphqlResponse<T>>>((resolve, reject) => {
    cancel = client.subscribe<T>(
      { query, variables },
      {
        next: (event) => {
          const value = event as GraphqlResponse<T>;
          events.push(value);
          onEvent?.(value);
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => resolve(events),
      },
    );
  });
  return { done, cancel };
}
