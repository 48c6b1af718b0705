import { Client, Middleware, MiddlewareFactory, RetryHandler, RetryHandlerOptions, ShouldRetry } from '@microsoft/microsoft-graph-client';

export interface AccessTokenSupplier {
  getAccessToken(): Promise<string>;
}

/**
 * The client's RetryHandler keeps 503/504 (three tries, Retry-After or exponential from 3 s) but leaves a
 * 429 to the scan's sender, which waits it out for as long as the scan's deadline allows and can be
 * cancelled meanwhile: the handler would give up after three waits, none of them interruptible.
 */
export const leaveThrottlingToTheScan: ShouldRetry = (_delay, _attempt, _request, _options, response) => response.status !== 429;

/**
 * The real Graph client (redirects, retry on 503/504 with Retry-After) on Node's global fetch, with
 * the scan's own steps (pacing, then counting) inserted just before the HTTP handler, in order, so they
 * see every request sent, retries included. It attaches the bearer token only to https hosts it knows,
 * so the configured host is declared.
 */
export function createGraphClient(baseUrl: string, tokens: AccessTokenSupplier, ...steps: Array<Middleware | undefined>): Client {
  const chain = MiddlewareFactory.getDefaultMiddlewareChain({ getAccessToken: () => tokens.getAccessToken() });
  const retry = chain.findIndex((step) => step instanceof RetryHandler);
  chain[retry] = new RetryHandler(new RetryHandlerOptions(undefined, undefined, leaveThrottlingToTheScan));
  chain.splice(chain.length - 1, 0, ...steps.filter((step): step is Middleware => step !== undefined));
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl,
    customHosts: new Set([new URL(baseUrl).hostname]),
    defaultVersion: 'v1.0',
  });
}
