import { EvidenceItemDto } from '@trueconfig/common';

/** ID-01's users↔registration join, counted: enabled members, those with MFA registered, a capped sample of the rest. */
export interface MemberRegistrationCounts {
  members: number;
  registered: number;
  unregistered: EvidenceItemDto[];
}

/**
 * The join done outside the evaluation's memory (the scanner joins its replica of users to the registration
 * rows in Postgres), so a scan keeps no per-user state for ID-01. Asked once, when ID-01 finishes with both
 * datasets read in full.
 */
export interface MemberRegistrationJoin {
  counts(): MemberRegistrationCounts;
}

/** ID-01's scope: disabled accounts and guests are out; a user whose accountEnabled is absent counts as enabled. */
export function isEnabledMember(user: { accountEnabled?: unknown; userType?: unknown }): boolean {
  return user.accountEnabled !== false && user.userType === 'Member';
}
