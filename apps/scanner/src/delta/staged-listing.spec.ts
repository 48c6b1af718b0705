import { Client } from '@microsoft/microsoft-graph-client';
import { PageSender } from '@trueconfig/controls';
import { TenantSizes } from '../pacing/tenant-sizes';
import { stageListing } from './staged-listing';
import { StagedPage, StagedPagesStore } from './staged-pages.store';

const member = (id: string) => ({ id, userType: 'Member', accountEnabled: true });
const FIRST_ROWS = [member('a'), { id: 'b', userType: 'Guest' }, { id: 'c', userType: 'Member', accountEnabled: false }];
const PAGES: Record<string, object> = {
  first: { value: FIRST_ROWS, '@odata.nextLink': 'second' },
  second: { value: [{ id: 'd', userType: 'Member' }], '@odata.deltaLink': 'next-delta' },
};

const graph = { api: (url: string) => ({ header: () => ({ responseType: () => ({ get: async () => new Response(JSON.stringify(PAGES[url])) }) }) }) } as unknown as Client;
const decoded = (page: StagedPage) => ({ ...page, body: JSON.parse(page.body?.toString('utf8') ?? 'null') as { value: unknown[] }, joinKeys: JSON.parse(page.joinKeys) as unknown });
const send: PageSender = (get) => get();
const sizes = { observe: () => undefined } as unknown as TenantSizes;

/** A store that records the pages staged; `seenIds` are rows an earlier attempt staged. */
function fakeStore(seenIds: string[] = []) {
  const pages: StagedPage[] = [];
  const staged = {
    stage: async (_t: string, _d: string, _s: string, page: StagedPage) => void pages.push(page),
    rememberStagedIds: async () => undefined,
    seen: async (_t: string, _d: string, _s: string, ids: readonly string[]) => new Set(ids.filter((id) => seenIds.includes(id))),
  } as unknown as StagedPagesStore;
  return { staged, pages };
}

const list = (staged: StagedPagesStore, cursor = { page: 0, position: 0 }, attempt = 0, fed: unknown[][] = []) =>
  stageListing({ staged, sizes, scan: { scanId: 's', tenantId: 't' }, dataset: 'v1.0/users', cursor, attempt }, graph, 'first', send, (rows) => void fed.push(rows));

describe('stageListing', () => {
  it('stages each page whole with its enabled members as join keys, feeds it, and returns the delta link', async () => {
    const { staged, pages } = fakeStore();
    const fed: unknown[][] = [];
    const listed = await list(staged, undefined, 0, fed);
    expect(pages.map(decoded)).toEqual([
      { page: 0, firstPosition: 0, body: PAGES.first, joinKeys: ['a'] },
      { page: 1, firstPosition: 3, body: PAGES.second, joinKeys: ['d'] },
    ]);
    expect(fed.map((rows) => rows.length)).toEqual([3, 1]);
    expect(listed).toEqual({ collected: { pages: 2, rows: 4 }, link: 'next-delta' });
  });

  it('a restarted listing goes on numbering and neither stages nor feeds what an earlier attempt staged', async () => {
    const { staged, pages } = fakeStore(['a', 'b']);
    const fed: unknown[][] = [];
    const cursor = { page: 5, position: 40 };
    const listed = await list(staged, cursor, 1, fed);
    expect(pages.map(decoded)).toEqual([
      { page: 5, firstPosition: 40, body: { value: [FIRST_ROWS[2]] }, joinKeys: [] },
      { page: 6, firstPosition: 41, body: { value: [{ id: 'd', userType: 'Member' }] }, joinKeys: ['d'] },
    ]);
    expect(fed).toEqual([[{ id: 'c', userType: 'Member', accountEnabled: false }], [{ id: 'd', userType: 'Member' }]]);
    expect(listed.collected).toEqual({ pages: 2, rows: 2 });
    expect(cursor).toEqual({ page: 7, position: 42 });
  });
});
