/** Fields Graph refuses in a users/delta query: read with a plain listing instead, and kept in the replica. */
export const NOT_IN_DELTA = ['signInActivity'];

export interface UsersReadPlan {
  /** The scan's `$select` for users. */
  selected: string;
  /** The same without the fields delta cannot return: what the delta link tracks. */
  deltaSelect: string;
  /** Whether the scan wants signInActivity (licence and permission allow it). */
  signIns: boolean;
}

export function usersReadPlan(selected: string): UsersReadPlan {
  const fields = selected.split(',').filter((field) => field.length > 0);
  const deltaFields = fields.filter((field) => !NOT_IN_DELTA.includes(field));
  return { selected, deltaSelect: deltaFields.join(','), signIns: deltaFields.length < fields.length };
}

/** Sign-in activity read at `readAt` may still be used at `now` (never read: no). */
export function signInsFresh(readAt: Date | null, maxAgeHours: number, now: Date): boolean {
  return readAt !== null && now.getTime() - readAt.getTime() < maxAgeHours * 3_600_000;
}
