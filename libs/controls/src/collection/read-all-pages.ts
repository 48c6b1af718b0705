import { Client } from '@microsoft/microsoft-graph-client';
import { PageSender } from './collect-dataset';

interface Page {
  value?: unknown;
  '@odata.nextLink'?: unknown;
}

/** Every row of a small related collection (a group's members, a policy's rules), following nextLink. */
export async function readAllPages(client: Client, resource: string, query: Record<string, string>, send: PageSender): Promise<unknown[]> {
  const rows: unknown[] = [];
  let page = (await send(() => client.api(resource).version('v1.0').query(query).get())) as Page;
  for (;;) {
    if (Array.isArray(page.value)) rows.push(...(page.value as unknown[]));
    const next = page['@odata.nextLink'];
    if (typeof next !== 'string' || next.length === 0) return rows;
    page = (await send(() => client.api(next).get())) as Page;
  }
}
