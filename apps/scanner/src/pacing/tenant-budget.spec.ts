import { Reservation } from './graph-budget.store';
import { MAX_HOLD_MS, TenantBudget } from './tenant-budget';

describe('TenantBudget', () => {
  it("reserves each request's units from its bucket at the scaled limit and waits when the store says so", async () => {
    const reservations: Reservation[] = [];
    const waits = [0, 250];
    const store = { reserve: async (r: Reservation) => (reservations.push(r), waits.shift() ?? 0), hold: jest.fn() };
    const slept: number[] = [];
    const budget = new TenantBudget(store, 't1', 50, { users: () => 100_000 }, async (ms) => void slept.push(ms));
    await budget.take({ bucket: 'identity', units: 1 });
    await budget.take({ bucket: 'reports', units: 1 });
    expect(reservations[0]).toMatchObject({ tenantId: 't1', bucket: 'identity', units: 3600, burst: 360_000, perMs: 38 });
    expect(reservations[1]).toMatchObject({ bucket: 'reports', burst: 225 });
    expect(reservations[1].perMs).toBeCloseTo(0.02375);
    expect(slept).toEqual([250]);
    expect(budget.pacedMs).toBe(250);
  });

  it('spends a lease of 1 % of the burst before it reserves again', async () => {
    const reservations: Reservation[] = [];
    const store = { reserve: async (r: Reservation) => (reservations.push(r), 0), hold: jest.fn() };
    const budget = new TenantBudget(store, 't1', 1, { users: () => 100_000 });
    // Identity: a burst of 7,200 RU, so leases of 72; reports: a burst of 4.5 requests, so one at a time.
    await Promise.all(Array.from({ length: 100 }, () => budget.take({ bucket: 'identity', units: 1 })));
    await budget.take({ bucket: 'reports', units: 1 });
    await budget.take({ bucket: 'reports', units: 1 });
    expect(reservations.map((r) => [r.bucket, r.units])).toEqual([
      ['identity', 72],
      ['identity', 72],
      ['reports', 1],
      ['reports', 1],
    ]);
  });
});

describe('TenantBudget hold', () => {
  it("passes Graph's Retry-After on to the shared bucket and drops the lease, so the next request reserves again", async () => {
    const reservations: Reservation[] = [];
    const store = { reserve: async (r: Reservation) => (reservations.push(r), 0), hold: jest.fn().mockResolvedValue(undefined) };
    const budget = new TenantBudget(store, 't1', 1, { users: () => 100_000 });
    await budget.take({ bucket: 'identity', units: 2 });
    await budget.hold({ bucket: 'identity', units: 2 }, 1000);
    await budget.take({ bucket: 'identity', units: 2 });
    expect(store.hold).toHaveBeenCalledWith(expect.objectContaining({ tenantId: 't1', bucket: 'identity', burst: 7200 }), 1000);
    expect(reservations).toHaveLength(2);
    await budget.hold({ bucket: 'reports', units: 1 }, 3_600_000);
    expect(store.hold).toHaveBeenLastCalledWith(expect.objectContaining({ bucket: 'reports' }), MAX_HOLD_MS);
  });
});
