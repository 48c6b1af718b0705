import { TenantInput } from '../tenants/tenant-input.schema';
import { TenantStore } from '../tenants/tenant-store';
import { BUILT_IN_ROLES } from './role-catalog';
import { roleMemberships } from './role-memberships';

function memberships(input: TenantInput) {
  const tenant = new TenantStore().create(input);
  return { tenant, memberships: roleMemberships(tenant.spec, tenant.population) };
}

describe('roleMemberships', () => {
  it('makes the generated admins permanent Global Administrators by default', () => {
    const { memberships: list } = memberships({ generate: { users: 10, admins: 3 } });
    expect(list.map((m) => [m.templateId, m.kind, m.userIndex])).toEqual([0, 1, 2].map((i) => [BUILT_IN_ROLES['Global Administrator'], 'assigned', i]));
  });

  it('takes members from the admins in turn, per role and kind', () => {
    const roles = { 'Global Administrator': { assigned: 1, eligible: 2 }, 'Security Administrator': { activated: 1 } };
    const { memberships: list } = memberships({ generate: { users: 10, admins: 2 }, roles });
    expect(list.map((m) => `${m.roleName}/${m.kind}/${m.userIndex}`)).toEqual([
      'Global Administrator/assigned/0',
      'Global Administrator/eligible/1',
      'Global Administrator/eligible/0',
      'Security Administrator/activated/1',
    ]);
  });

  it('has no members without users', () => {
    expect(memberships({ roles: { 'Global Administrator': { assigned: 2 } } }).memberships).toEqual([]);
  });

  it('draws members with the asked trait', () => {
    const generate = { users: 200, admins: 2, guestRatio: 0.2, syncedRatio: 0.5, seed: 4 };
    const roles = { 'Global Administrator': { assigned: 1, from: 'guests' as const }, 'User Administrator': { assigned: 2, from: 'syncedMembers' as const } };
    const { tenant, memberships: list } = memberships({ generate, roles });
    const traits = list.map((m) => tenant.population.traits(m.userIndex));
    expect(traits.map((t) => [t.isGuest, t.isSynced])).toEqual([[true, false], [false, true], [false, true]]);
  });
});

describe('hand-written users', () => {
  const breakGlass = { id: '0c0ffee0-0000-4000-8000-0000000000b1', displayName: 'Break Glass', userPrincipalName: 'bg@contoso.example', isAdmin: true };
  const guestAdmin = { displayName: 'Guest Admin', userType: 'Guest' as const, isAdmin: true, methodsRegistered: ['fido2'] };

  it('replace the generated users at their indexes, drive statistics, roles and the registration report', () => {
    const { tenant, memberships: list } = memberships({ users: [breakGlass, guestAdmin, { accountEnabled: false, lastSignInDateTime: null }] });
    const { population } = tenant;
    expect(population.stats).toMatchObject({ users: 3, admins: 2, guests: 1, disabledUsers: 1 });
    expect(population.user(0)).toMatchObject({ id: breakGlass.id, displayName: 'Break Glass', userPrincipalName: 'bg@contoso.example', userType: 'Member' });
    expect(population.user(2)).toMatchObject({ accountEnabled: false, signInActivity: null });
    expect(population.registrationDetails(1)).toMatchObject({ userType: 'guest', isAdmin: true, methodsRegistered: ['fido2'], isMfaRegistered: true });
    expect(list.map((m) => tenant.directory.roleContext.userId(m.userIndex))).toEqual([breakGlass.id, population.user(1).id]);
  });
});
