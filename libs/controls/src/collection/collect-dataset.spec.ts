import { Client } from '@microsoft/microsoft-graph-client';
import { collectDataset } from './collect-dataset';

/** A stand-in for the Graph client's fluent request API, answering from canned pages by URL. */
function fakeClient(pages: Record<string, unknown>) {
  const requested: string[] = [];
  const client = {
    api(path: string) {
      let url = path;
      const request = {
        version: (v: string) => ((url = `${v}${path}`), request),
        query: (q: Record<string, string>) => ((url = `${url}?${new URLSearchParams(q)}`), request),
        get: async () => (requested.push(url), pages[url]),
      };
      return request;
    },
  };
  return { client: client as unknown as Client, requested };
}

describe('collectDataset', () => {
  it('follows @odata.nextLink and hands over each page before the next is requested', async () => {
    const next = 'https://graph.example/v1.0/users?$skiptoken=2';
    const { client, requested } = fakeClient({
      'v1.0/users?%24top=2': { value: [{ id: 'a' }, { id: 'b' }], '@odata.nextLink': next },
      [next]: { value: [{ id: 'c' }] },
    });
    const seen: string[][] = [];
    const read = await collectDataset(client, { version: 'v1.0', resource: '/users', query: { $top: '2' } }, (rows) => {
      seen.push((rows as Array<{ id: string }>).map((r) => r.id));
      expect(requested).toHaveLength(seen.length);
    });
    expect(seen).toEqual([['a', 'b'], ['c']]);
    expect(read).toEqual({ pages: 2, rows: 3 });
  });

  it('treats a page without value as empty', async () => {
    const { client } = fakeClient({ 'v1.0/identity/conditionalAccess/policies?': {} });
    await expect(collectDataset(client, { version: 'v1.0', resource: '/identity/conditionalAccess/policies', query: {} }, () => undefined)).resolves.toEqual({
      pages: 1,
      rows: 0,
    });
  });

  it('hands a singleton over as a one-row page', async () => {
    const policy = { id: 'authorizationPolicy', allowInvitesFrom: 'everyone' };
    const { client } = fakeClient({ 'v1.0/policies/authorizationPolicy?': policy });
    const seen: unknown[][] = [];
    const request = { version: 'v1.0', resource: '/policies/authorizationPolicy', query: {}, singleton: true };
    await expect(collectDataset(client, request, (rows) => void seen.push(rows))).resolves.toEqual({ pages: 1, rows: 1 });
    expect(seen).toEqual([[policy]]);
  });
});
