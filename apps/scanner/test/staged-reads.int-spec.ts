import { migrateServiceDatabase } from '@trueconfig/common';
import { createTestDatabase, TestDatabase } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StagedPagesStore } from '../src/delta/staged-pages.store';
import { StagedReadStore } from '../src/delta/staged-read.store';
import { openScannerDatabase } from './support/scanner-database';

const USERS = 'v1.0/users';

describe('staged full reads (integration, real Postgres)', () => {
  let database: TestDatabase;
  let db: DataSource;
  let pages: StagedPagesStore;
  let reads: StagedReadStore;

  beforeAll(async () => {
    database = await createTestDatabase('tc_staged_reads');
    db = await openScannerDatabase(database.url);
    await migrateServiceDatabase(db, 'scanner');
    pages = new StagedPagesStore(db);
    reads = new StagedReadStore(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const stagePage = (tenantId: string, scanId: string, page: number, firstPosition: number, rows: object[]) =>
    pages.stage(tenantId, USERS, scanId, { page, firstPosition, body: Buffer.from(JSON.stringify({ '@odata.context': 'users', value: rows })), joinKeys: '[]' });
  const replica = async (tenantId: string) =>
    ((await db.query('SELECT object_id, position, data FROM scanner.replica_rows WHERE tenant_id = $1 ORDER BY position', [tenantId])) as Array<{ object_id: string; position: string; data: object }>).map(
      (row) => [row.object_id, Number(row.position), row.data],
    );
  const sync = async (tenantId: string) =>
    ((await db.query('SELECT delta_link, row_count, staged_scan, sign_ins_read_at FROM scanner.replica_syncs WHERE tenant_id = $1', [tenantId])) as Array<Record<string, unknown>>)[0];
  const stagedCount = async (tenantId: string) => Number(((await db.query('SELECT count(*) AS n FROM scanner.staged_pages WHERE tenant_id = $1', [tenantId])) as Array<{ n: string }>)[0]?.n);

  it('a complete staged read replaces the replica exactly once, in listing order, with its link', async () => {
    const tenantId = randomUUID();
    const [older, newer] = [randomUUID(), randomUUID()];
    await reads.begin(tenantId, USERS);
    await stagePage(tenantId, older, 0, 0, [{ id: 'gone' }, { id: 'b', displayName: 'Old' }]);
    await reads.staged(tenantId, USERS, { scanId: older, selected: 'id', deltaLink: null, signInsReadAt: null });
    expect((await reads.load(tenantId, USERS))?.rowCount).toBe(2);

    const readAt = new Date('2026-11-27T10:00:00Z');
    await reads.begin(tenantId, USERS);
    await stagePage(tenantId, newer, 0, 0, [{ id: 'b', displayName: 'New', '@odata.type': '#microsoft.graph.user' }, { id: 'c' }, { id: 'x', '@removed': {} }, { noId: true }]);
    await stagePage(tenantId, newer, 1, 4, [{ id: 'd' }]);
    expect(await reads.load(tenantId, USERS)).toBeNull(); // staged, not complete: nothing to load yet
    await reads.staged(tenantId, USERS, { scanId: newer, selected: 'id', deltaLink: 'https://graph/delta?token=1', signInsReadAt: readAt });

    const loaded = await reads.load(tenantId, USERS);
    expect(loaded).toEqual({ scanId: newer, syncedAt: expect.any(String), rowCount: 3, deltaLink: 'https://graph/delta?token=1' });
    expect(await replica(tenantId)).toEqual([
      ['b', 0, { id: 'b', displayName: 'New' }],
      ['c', 1, { id: 'c' }],
      ['d', 4, { id: 'd' }],
    ]);
    expect(await sync(tenantId)).toEqual({ delta_link: 'https://graph/delta?token=1', row_count: 3, staged_scan: null, sign_ins_read_at: readAt });
    expect(await stagedCount(tenantId)).toBe(0);
    expect(await reads.load(tenantId, USERS)).toBeNull();
  });

  it('two loaders of the same read: one loads, the other finds nothing left', async () => {
    const tenantId = randomUUID();
    const scanId = randomUUID();
    await reads.begin(tenantId, USERS);
    await stagePage(tenantId, scanId, 0, 0, Array.from({ length: 500 }, (_, i) => ({ id: `u${i}` })));
    await reads.staged(tenantId, USERS, { scanId, selected: 'id', deltaLink: 'link', signInsReadAt: null });
    const both = await Promise.all([reads.load(tenantId, USERS), reads.load(tenantId, USERS)]);
    expect(both.filter((loaded) => loaded !== null)).toHaveLength(1);
    expect((await sync(tenantId))?.row_count).toBe(500);
  });

  it('a read Postgres cannot take (a NUL in a string) fails to load and is dropped by the next read, the replica untouched', async () => {
    const tenantId = randomUUID();
    const scanId = randomUUID();
    await reads.begin(tenantId, USERS);
    await stagePage(tenantId, scanId, 0, 0, [{ id: 'kept' }]);
    await reads.staged(tenantId, USERS, { scanId, selected: 'id', deltaLink: 'link', signInsReadAt: null });
    await reads.load(tenantId, USERS);

    const poisoned = randomUUID();
    await reads.begin(tenantId, USERS);
    await stagePage(tenantId, poisoned, 0, 0, [{ id: 'a', displayName: 'nul \u0000 inside' }]);
    await reads.staged(tenantId, USERS, { scanId: poisoned, selected: 'id', deltaLink: 'link-2', signInsReadAt: null });
    await expect(reads.load(tenantId, USERS)).rejects.toThrow(/unsupported Unicode escape sequence/);
    expect(await replica(tenantId)).toEqual([['kept', 0, { id: 'kept' }]]);
    expect((await sync(tenantId))?.delta_link).toBeNull(); // no delta follows a read that never became the replica

    await reads.begin(tenantId, USERS);
    await pages.clear(tenantId, USERS);
    expect(await reads.load(tenantId, USERS)).toBeNull();
  });

  it('a new read forgets the link and what an unfinished read staged; a restarted listing knows what it staged', async () => {
    const tenantId = randomUUID();
    const [died, next] = [randomUUID(), randomUUID()];
    await reads.begin(tenantId, USERS);
    await stagePage(tenantId, died, 0, 0, [{ id: 'a' }]);
    await reads.staged(tenantId, USERS, { scanId: died, selected: 'id', deltaLink: 'link', signInsReadAt: null });
    await reads.load(tenantId, USERS);

    await reads.begin(tenantId, USERS);
    await pages.clear(tenantId, USERS);
    expect((await sync(tenantId))?.delta_link).toBeNull();
    await stagePage(tenantId, next, 0, 0, [{ id: 'x' }, { id: 'y' }]);
    await pages.rememberStagedIds(tenantId, USERS, next);
    expect([...(await pages.seen(tenantId, USERS, next, ['x', 'z']))]).toEqual(['x']);
    await reads.begin(tenantId, USERS);
    await pages.clear(tenantId, USERS);
    expect(await stagedCount(tenantId)).toBe(0);
    expect(await replica(tenantId)).toEqual([['a', 0, { id: 'a' }]]); // the replica stays until a read completes
  });
});
