import { computeTenantStats } from './tenant-stats';
import { generateSpecSchema, GenerateSpec } from './tenant-input.schema';
import { UserPopulation } from './user-population';
import { userTraits } from './user-traits';

const DOMAINS = { defaultDomain: 'contoso.com', initialDomain: 'contoso.onmicrosoft.com' };
const AT = new Date('2025-03-01T00:00:00Z');

function spec(overrides: Partial<GenerateSpec> & { users: number }): GenerateSpec {
  return generateSpecSchema.parse(overrides);
}

describe('UserPopulation', () => {
  it('is deterministic: the same seed gives the same users, another seed other users', () => {
    const a = new UserPopulation(spec({ users: 50, seed: 7 }), DOMAINS, AT);
    const b = new UserPopulation(spec({ users: 50, seed: 7 }), DOMAINS, AT);
    const c = new UserPopulation(spec({ users: 50, seed: 8 }), DOMAINS, AT);
    expect(a.user(17)).toEqual(b.user(17));
    expect(a.registrationDetails(42)).toEqual(b.registrationDetails(42));
    expect(a.user(17).id).not.toBe(c.user(17).id);
  });

  it('computes a user from its index alone, in any order', () => {
    const population = new UserPopulation(spec({ users: 1000, seed: 3 }), DOMAINS, AT);
    const backwards = [999, 500, 0].map((i) => population.user(i));
    const forwards = [0, 500, 999].map((i) => population.user(i)).reverse();
    expect(backwards).toEqual(forwards);
  });

  it('reports statistics that equal a count over every materialised user', () => {
    const population = new UserPopulation(spec({ users: 5000, seed: 11, guestRatio: 0.2, disabledRatio: 0.1 }), DOMAINS, AT);
    const users = Array.from({ length: 5000 }, (_, i) => ({ user: population.user(i), report: population.registrationDetails(i) }));
    const enabledMembers = users.filter(({ user }) => user.accountEnabled && user.userType === 'Member');
    expect(population.stats).toMatchObject({
      users: 5000,
      guests: users.filter(({ user }) => user.userType === 'Guest').length,
      disabledUsers: users.filter(({ user }) => !user.accountEnabled).length,
      enabledMembers: enabledMembers.length,
      enabledMembersMfaRegistered: enabledMembers.filter(({ report }) => report.isMfaRegistered).length,
      mfaRegistered: users.filter(({ report }) => report.isMfaRegistered).length,
    });
  });

  it('follows the requested ratios closely', () => {
    const generated = spec({ users: 20_000, guestRatio: 0.1, disabledRatio: 0.05, mfaRegisteredRatio: 0.8 });
    const stats = computeTenantStats(generated.users, (index) => userTraits(generated, index));
    expect(stats.guests / stats.users).toBeCloseTo(0.1, 1);
    expect(stats.disabledUsers / stats.users).toBeCloseTo(0.05, 1);
    expect(stats.enabledMembersMfaRegistered / stats.enabledMembers).toBeCloseTo(0.8, 1);
  });

  it('serves any page of a million-user tenant without materialising the others', () => {
    const before = process.memoryUsage().heapUsed;
    const population = new UserPopulation(spec({ users: 1_000_000, seed: 5 }), DOMAINS, AT);
    const lastPage = Array.from({ length: 999 }, (_, i) => population.user(999_001 + i));
    expect(lastPage[998].id).toBe(new UserPopulation(spec({ users: 1_000_000, seed: 5 }), DOMAINS, AT).user(999_999).id);
    expect(population.stats.users).toBe(1_000_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(() => population.user(1_000_000)).toThrow(RangeError);
  });

  it('makes the first users enabled member administrators and guests external identities', () => {
    const s = spec({ users: 300, admins: 2, guestRatio: 0.5 });
    const population = new UserPopulation(s, DOMAINS, AT);
    expect(population.registrationDetails(0)).toMatchObject({ isAdmin: true, userType: 'member' });
    expect(population.user(1)).toMatchObject({ accountEnabled: true, userType: 'Member' });
    const guestIndex = Array.from({ length: 300 }, (_, i) => i).find((i) => userTraits(s, i).isGuest) ?? -1;
    expect(population.user(guestIndex).userPrincipalName).toMatch(/#EXT#@contoso\.onmicrosoft\.com$/);
    expect(population.user(0).userPrincipalName).toMatch(/@contoso\.com$/);
  });

  it('lists at least one MFA method for every MFA-registered user', () => {
    const population = new UserPopulation(spec({ users: 500, mfaRegisteredRatio: 0.5 }), DOMAINS, AT);
    for (let i = 0; i < 500; i++) {
      const report = population.registrationDetails(i);
      const mfaMethods = (report.methodsRegistered ?? []).filter((method) => method !== 'email');
      expect(mfaMethods.length > 0).toBe(report.isMfaRegistered);
    }
  });
});
