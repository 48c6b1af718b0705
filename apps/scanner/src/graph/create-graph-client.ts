import { Client } from '@microsoft/microsoft-graph-client';

export interface AccessTokenSupplier {
  getAccessToken(): Promise<string>;
}

/**
 * The real Graph client (retry on 429/503/504 with Retry-After, redirects) on Node's global fetch.
 * It attaches the bearer token only to https hosts it knows, so the configured host is declared.
 */
export function createGraphClient(baseUrl: string, tokens: AccessTokenSupplier): Client {
  return Client.initWithMiddleware({
    authProvider: { getAccessToken: () => tokens.getAccessToken() },
    baseUrl,
    customHosts: new Set([new URL(baseUrl).hostname]),
    defaultVersion: 'v1.0',
  });
}
