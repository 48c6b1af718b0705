import { GenerateSpec } from './tenant-input.schema';
import { unitFloat } from './seeded-random';

/** Salts keep each attribute's random stream independent of the others. */
export const SALT = {
  guest: 1,
  disabled: 2,
  mfa: 3,
  method: 4,
  secondMethod: 5,
  firstName: 6,
  lastName: 7,
  created: 8,
  signIn: 9,
  id: 10,
  synced: 11,
  stale: 12,
  partner: 13,
  jobTitle: 14,
  ssprOnly: 15,
  policy: 16,
} as const;

export interface UserTraits {
  isAdmin: boolean;
  isGuest: boolean;
  isEnabled: boolean;
  isMfaRegistered: boolean;
  isSynced: boolean;
}

/** The facts that statistics count; cheap enough to evaluate for millions of indexes. */
export function userTraits(spec: GenerateSpec, index: number): UserTraits {
  const { seed } = spec;
  // The first `admins` users are enabled cloud members, so a tenant always has its administrators.
  const isAdmin = index < spec.admins;
  const isGuest = !isAdmin && unitFloat(seed, index, SALT.guest) < spec.guestRatio;
  return {
    isAdmin,
    isGuest,
    isEnabled: isAdmin || unitFloat(seed, index, SALT.disabled) >= spec.disabledRatio,
    isMfaRegistered: unitFloat(seed, index, SALT.mfa) < spec.mfaRegisteredRatio,
    isSynced: !isAdmin && !isGuest && unitFloat(seed, index, SALT.synced) < spec.syncedRatio,
  };
}
