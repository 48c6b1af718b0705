import { Client } from '@microsoft/microsoft-graph-client';
import { DatasetRequest } from './build-dataset-request';

export interface CollectedDataset {
  pages: number;
  rows: number;
}

/** Sends one page request: where retries with backoff wrap the Graph client's own. */
export type PageSender = (get: () => Promise<unknown>) => Promise<unknown>;

interface GraphPage {
  value?: unknown;
  '@odata.nextLink'?: unknown;
}

/**
 * Reads a collection page by page, following `@odata.nextLink` while Graph sends one (the last page
 * omits it), and hands each page over before asking for the next: no more than one page is held.
 */
export async function collectDataset(
  client: Client,
  request: DatasetRequest,
  onPage: (rows: unknown[], collected: CollectedDataset) => Promise<void> | void,
  send: PageSender = (get) => get(),
): Promise<CollectedDataset> {
  let page = (await send(() => client.api(request.resource).version(request.version).query(request.query).get())) as GraphPage;
  const collected: CollectedDataset = { pages: 0, rows: 0 };
  for (;;) {
    const rows = request.singleton ? [page] : Array.isArray(page.value) ? (page.value as unknown[]) : [];
    collected.pages++;
    collected.rows += rows.length;
    await onPage(rows, collected);
    const next = page['@odata.nextLink'];
    if (typeof next !== 'string' || next.length === 0) return collected;
    page = (await send(() => client.api(next).get())) as GraphPage;
  }
}
