import { openServiceDatabase } from '@trueconfig/common';
import { createTestDatabase, TestDatabase } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { scannerDatabaseOptions } from '../src/database/scanner-database.options';
import { GraphBudgetStore } from '../src/pacing/graph-budget.store';
import { BURST_HEADROOM, RATE_HEADROOM, TenantBudget } from '../src/pacing/tenant-budget';

jest.setTimeout(30000);

/** Two replicas pacing one tenant through the same Postgres rows never send faster than Graph's bucket refills. */
describe('a tenant budget shared by replicas (integration: Postgres)', () => {
  let db: TestDatabase;
  let replicas: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('scanner_budget_it');
    replicas = [await openServiceDatabase(scannerDatabaseOptions(db.url, 4)), await openServiceDatabase(scannerDatabaseOptions(db.url, 4))];
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.destroy()));
    await db?.drop();
  });

  it('hands out the burst at once, then no more than the refill rate, across both replicas', async () => {
    const tenantId = randomUUID();
    const scale = 20; // reports: 100 requests per 10 s, i.e. a burst of 90 then 9.5 per second (rate headroom)
    const budgets = replicas.map((r) => new TenantBudget(new GraphBudgetStore(r), tenantId, scale, { users: () => 1000 }));
    const started = Date.now();
    const sentAt: number[] = [];
    await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        await budgets[i % 2].take({ bucket: 'reports', units: 1 });
        sentAt.push(Date.now() - started);
      }),
    );
    const burst = 100 * BURST_HEADROOM;
    sentAt.sort((a, b) => a - b);
    sentAt.forEach((at, index) => expect(index + 1).toBeLessThanOrEqual(burst + (at * 10 * RATE_HEADROOM) / 1000 + 1));
    // 30 requests beyond the burst at 9.5 per second.
    expect(sentAt[sentAt.length - 1]).toBeGreaterThanOrEqual(3100);
    expect(sentAt[sentAt.length - 1]).toBeLessThan(6000);
  });

  it("passes one replica's 429 Retry-After on to the other: it reserves no earlier than Graph said", async () => {
    const tenantId = randomUUID();
    const [first, second] = replicas.map((r) => new GraphBudgetStore(r));
    const reservation = { tenantId, bucket: 'identity' as const, units: 1, burst: 3150, perMs: 0.3325 };
    expect(await second.reserve(reservation)).toBe(0);
    await first.hold(reservation, 5000);
    const wait = await second.reserve(reservation);
    // The hold's 5 s, less what refilled between the two round trips (well under two seconds).
    expect(wait).toBeGreaterThan(3000);
    expect(wait).toBeLessThanOrEqual(5010);
  });
});
