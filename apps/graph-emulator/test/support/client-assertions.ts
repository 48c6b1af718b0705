import { Client, GraphError, GraphRequest, PageCollection } from '@microsoft/microsoft-graph-client';

export function claimsOf(accessToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected the call to fail');
  return error;
}

export async function graphFailure(request: Promise<unknown>): Promise<GraphError> {
  const error = await rejectionOf(request);
  if (!(error instanceof GraphError)) throw new Error(`expected a GraphError, got ${String(error)}`);
  return error;
}

/** Follows `@odata.nextLink` by hand, to look at every page including the last. */
export async function allPages(client: Client, firstRequest: GraphRequest): Promise<PageCollection[]> {
  const pages: PageCollection[] = [await firstRequest.get()];
  for (let next = pages[0]['@odata.nextLink']; next; next = pages[pages.length - 1]['@odata.nextLink']) {
    pages.push(await client.api(next).get());
  }
  return pages;
}
