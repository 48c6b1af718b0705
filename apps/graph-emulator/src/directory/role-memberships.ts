import { RoleSpec, TenantSpec } from '../tenants/tenant-input.schema';
import { UserTraits } from '../tenants/user-traits';
import { BUILT_IN_ROLES, BuiltInRoleName } from './role-catalog';

export type MembershipKind = 'assigned' | 'eligible' | 'activated';

export interface RoleMembership {
  roleName: BuiltInRoleName;
  templateId: string;
  userIndex: number;
  kind: MembershipKind;
  /** Position in the tenant's membership list, for stable ids. */
  ordinal: number;
}

/** What role generation needs of a population. */
export interface MemberSource {
  count: number;
  traits(index: number): UserTraits;
  adminIndexes(): number[];
}

const KINDS: readonly MembershipKind[] = ['assigned', 'eligible', 'activated'];
/** How far to look for guests or synced members; enough for any realistic role size. */
const SEARCH_LIMIT = 100_000;

type RoleSpecs = NonNullable<TenantSpec['roles']>;

/** Without a `roles` spec the administrators are permanent Global Administrators. */
function defaultRoles(admins: number): RoleSpecs {
  return admins > 0 ? { 'Global Administrator': { assigned: admins, eligible: 0, activated: 0, from: 'admins' } } : {};
}

/** Indexes a role may draw from: the admins (the first users when there are none), or users with a trait. */
function memberPool(users: MemberSource, admins: readonly number[], from: RoleSpec['from'], needed: number): number[] {
  if (from === 'admins') return admins.length > 0 ? [...admins] : Array.from({ length: Math.min(users.count, needed) }, (_, index) => index);
  const pool: number[] = [];
  for (let index = 0; index < Math.min(users.count, SEARCH_LIMIT) && pool.length < needed; index++) {
    const traits = users.traits(index);
    if (from === 'guests' ? traits.isGuest : traits.isSynced) pool.push(index);
  }
  return pool;
}

/** Members are taken in turn from each role's pool. */
export function roleMemberships(spec: TenantSpec, users: MemberSource): RoleMembership[] {
  if (users.count === 0) return [];
  const admins = users.adminIndexes();
  const memberships: RoleMembership[] = [];
  const cursors = new Map<string, number>();
  for (const [roleName, counts] of Object.entries(spec.roles ?? defaultRoles(admins.length)) as Array<[BuiltInRoleName, RoleSpec]>) {
    const needed = KINDS.reduce((sum, kind) => sum + counts[kind], 0);
    const pool = memberPool(users, admins, counts.from, needed);
    if (pool.length === 0) continue;
    for (const kind of KINDS) {
      for (let n = 0; n < counts[kind]; n++) {
        const cursor = cursors.get(counts.from) ?? 0;
        cursors.set(counts.from, cursor + 1);
        memberships.push({ roleName, templateId: BUILT_IN_ROLES[roleName], userIndex: pool[cursor % pool.length], kind, ordinal: memberships.length });
      }
    }
  }
  return memberships;
}
