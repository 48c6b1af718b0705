import { stubEmulator } from '../../testing/pipeline.stub';

type Page = { value: Array<Record<string, unknown>>; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

describe('users/delta', () => {
  it('pages the initial round, ends with a deltaLink, then returns only changes with @removed for deletions', async () => {
    const emulator = stubEmulator({ generate: { users: 250, admins: 2 } });
    const token = emulator.tokenFor({ permissions: ['User.Read.All'] });
    const get = async (url: string) => (await emulator.get(url.replace(/^https:\/\/[^/]+/, ''), token, { prefer: 'odata.maxpagesize=100' })).body as Page;
    const pages = [await get('/v1.0/users/delta?$select=id,jobTitle')];
    while (pages[pages.length - 1]['@odata.nextLink']) pages.push(await get(String(pages[pages.length - 1]['@odata.nextLink'])));
    expect(pages.map((page) => page.value.length)).toEqual([100, 100, 50]);
    const deltaLink = String(pages[2]['@odata.deltaLink']);
    expect(deltaLink).toContain('$deltatoken=');
    expect((await get(deltaLink)).value).toEqual([]);
    const change = await emulator.send({ method: 'POST', path: `/_emulator/tenants/${emulator.tenant.tenantId}/users/changes`, body: JSON.stringify({ update: 2, delete: 1 }) });
    const { updated, deleted } = change.body as { updated: string[]; deleted: string[] };
    const changes = await get(deltaLink);
    expect(changes.value).toEqual([
      { id: updated[0], jobTitle: 'Changed title 1' },
      { id: updated[1], jobTitle: 'Changed title 1' },
      { '@odata.type': '#microsoft.graph.user', id: deleted[0], '@removed': { reason: 'changed' } },
    ]);
    const users = (await emulator.get('/v1.0/users?$top=999&$select=id', token)).body as Page;
    expect(users.value).toHaveLength(249);
    expect((await get(String(changes['@odata.deltaLink']))).value).toEqual([]);
  });
});
