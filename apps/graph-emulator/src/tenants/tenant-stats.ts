import { UserTraits } from './user-traits';

/** Exact truths about a generated population, for tests and demos to compare results against. */
export interface TenantStats {
  users: number;
  members: number;
  guests: number;
  admins: number;
  enabledUsers: number;
  disabledUsers: number;
  enabledMembers: number;
  enabledMembersMfaRegistered: number;
  mfaRegistered: number;
  syncedUsers: number;
}

export function emptyStats(): TenantStats {
  return {
    users: 0,
    members: 0,
    guests: 0,
    admins: 0,
    enabledUsers: 0,
    disabledUsers: 0,
    enabledMembers: 0,
    enabledMembersMfaRegistered: 0,
    mfaRegistered: 0,
    syncedUsers: 0,
  };
}

const one = (flag: boolean): number => (flag ? 1 : 0);

/** One pass over the traits, O(1) memory: no user object is built. */
export function computeTenantStats(count: number, traitsOf: (index: number) => UserTraits): TenantStats {
  const stats = emptyStats();
  for (let index = 0; index < count; index++) {
    const traits = traitsOf(index);
    const enabledMember = traits.isEnabled && !traits.isGuest;
    stats.users++;
    stats.guests += one(traits.isGuest);
    stats.members += one(!traits.isGuest);
    stats.admins += one(traits.isAdmin);
    stats.enabledUsers += one(traits.isEnabled);
    stats.disabledUsers += one(!traits.isEnabled);
    stats.enabledMembers += one(enabledMember);
    stats.enabledMembersMfaRegistered += one(enabledMember && traits.isMfaRegistered);
    stats.mfaRegistered += one(traits.isMfaRegistered);
    stats.syncedUsers += one(traits.isSynced);
  }
  return stats;
}
