import { Reservation } from './graph-budget.store';
import { TenantBudget } from './tenant-budget';

describe('TenantBudget', () => {
  it("reserves each request's units from its bucket at the scaled limit and waits when the store says so", async () => {
    const reservations: Reservation[] = [];
    const waits = [0, 250];
    const store = { reserve: async (r: Reservation) => (reservations.push(r), waits.shift() ?? 0) };
    const slept: number[] = [];
    const budget = new TenantBudget(store, 't1', 50, { users: () => 100_000 }, async (ms) => void slept.push(ms));
    await budget.take({ bucket: 'identity', units: 1 });
    await budget.take({ bucket: 'reports', units: 1 });
    expect(reservations[0]).toMatchObject({ tenantId: 't1', bucket: 'identity', units: 1, burst: 360_000, perMs: 38 });
    expect(reservations[1]).toMatchObject({ bucket: 'reports', burst: 225 });
    expect(reservations[1].perMs).toBeCloseTo(0.02375);
    expect(slept).toEqual([250]);
    expect(budget.pacedMs).toBe(250);
  });
});
