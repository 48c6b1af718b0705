import { Client, Middleware, MiddlewareFactory } from '@microsoft/microsoft-graph-client';

export interface AccessTokenSupplier {
  getAccessToken(): Promise<string>;
}

/**
 * The real Graph client (retry on 429/503/504 with Retry-After, redirects) on Node's global fetch, with
 * the scan's own steps (pacing, then counting) inserted just before the HTTP handler, in order, so they
 * see every request sent, retries included. It attaches the bearer token only to https hosts it knows,
 * so the configured host is declared.
 */
export function createGraphClient(baseUrl: string, tokens: AccessTokenSupplier, ...steps: Array<Middleware | undefined>): Client {
  const chain = MiddlewareFactory.getDefaultMiddlewareChain({ getAccessToken: () => tokens.getAccessToken() });
  chain.splice(chain.length - 1, 0, ...steps.filter((step): step is Middleware => step !== undefined));
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl,
    customHosts: new Set([new URL(baseUrl).hostname]),
    defaultVersion: 'v1.0',
  });
}
