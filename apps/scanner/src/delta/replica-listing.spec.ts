import { Client } from '@microsoft/microsoft-graph-client';
import { PageSender } from '@trueconfig/controls';
import { TenantSizes } from '../pacing/tenant-sizes';
import { listIntoReplica } from './replica-listing';
import { ReplicaRow, ReplicaStore } from './replica.store';

const PAGES: Record<string, object> = {
  first: { value: [{ id: 'a' }, { id: 'b' }], '@odata.nextLink': 'second' },
  second: { value: [{ id: 'c' }] },
};

const graph = { api: (url: string) => ({ header: () => ({ get: async () => PAGES[url] }) }) } as unknown as Client;
const send: PageSender = (get) => get();
const sizes = { observe: () => undefined } as unknown as TenantSizes;

/** A store that records its writes; `storedIds` are rows already in the replica (a plain INSERT of one fails). */
function fakeStore(held: boolean, storedIds: string[] = []) {
  const writes: string[] = [];
  const ids = (rows: readonly ReplicaRow[]) => rows.map((row) => row.id).join(',');
  const store = {
    holdsRows: async () => held,
    insertNew: async (_t: string, _d: string, _s: string, rows: readonly ReplicaRow[], first: number) => {
      if (rows.some((row) => storedIds.includes(row.id))) return false;
      writes.push(`insert ${ids(rows)} @${first}`);
      return true;
    },
    upsert: async (_t: string, _d: string, _s: string, rows: readonly ReplicaRow[], merge: boolean, first: number) => void writes.push(`upsert ${ids(rows)} @${first} merge=${merge}`),
  } as unknown as ReplicaStore;
  return { store, writes };
}

const list = (store: ReplicaStore, attempt = 0) =>
  listIntoReplica({ store, sizes, scan: { scanId: 's', tenantId: 't' }, dataset: 'v1.0/users', attempt }, graph, 'first', send, () => undefined);

describe('listIntoReplica', () => {
  it('only inserts into an empty replica', async () => {
    const { store, writes } = fakeStore(false);
    await list(store);
    expect(writes).toEqual(['insert a,b @0', 'insert c @2']);
  });

  it('upserts from the first page on when a row turns out to be stored already', async () => {
    const { store, writes } = fakeStore(false, ['b']);
    const listed = await list(store);
    expect(writes).toEqual(['upsert a,b @0 merge=false', 'upsert c @2 merge=false']);
    expect(listed.collected).toEqual({ pages: 2, rows: 3 });
  });

  it('upserts into a replica that holds rows, and on a restarted listing', async () => {
    const held = fakeStore(true);
    await list(held.store);
    expect(held.writes).toEqual(['upsert a,b @0 merge=false', 'upsert c @2 merge=false']);
    const restarted = fakeStore(false);
    Object.assign(restarted.store, { seenByScan: async () => new Set<string>() });
    await list(restarted.store, 1);
    expect(restarted.writes).toEqual(['upsert a,b @0 merge=false', 'upsert c @2 merge=false']);
  });
});
