import { z } from 'zod';
import { UserTraits } from './user-traits';

/**
 * A hand-written user: it takes the place of the generated user at the same index, and every field
 * left out keeps the generated value.
 */
export const explicitUserSchema = z
  .object({
    id: z.guid().optional(),
    displayName: z.string().min(1).optional(),
    userPrincipalName: z.string().min(3).optional(),
    jobTitle: z.string().nullable().optional(),
    userType: z.enum(['Member', 'Guest']).optional(),
    accountEnabled: z.boolean().optional(),
    onPremisesSyncEnabled: z.boolean().optional(),
    isAdmin: z.boolean().optional(),
    isMfaRegistered: z.boolean().optional(),
    methodsRegistered: z.array(z.string().min(1)).optional(),
    lastSignInDateTime: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();

export type ExplicitUser = z.output<typeof explicitUserSchema>;

export function overrideTraits(traits: UserTraits, user: ExplicitUser | undefined): UserTraits {
  if (!user) return traits;
  const isGuest = user.userType === undefined ? traits.isGuest : user.userType === 'Guest';
  return {
    isAdmin: user.isAdmin ?? traits.isAdmin,
    isGuest,
    isEnabled: user.accountEnabled ?? traits.isEnabled,
    isMfaRegistered: user.isMfaRegistered ?? (user.methodsRegistered ? user.methodsRegistered.length > 0 : traits.isMfaRegistered),
    isSynced: user.onPremisesSyncEnabled ?? (isGuest ? false : traits.isSynced),
  };
}

/** The user fields a hand-written entry sets directly. */
export function explicitFields(user: ExplicitUser | undefined): Record<string, unknown> {
  if (!user) return {};
  const { id, displayName, userPrincipalName, jobTitle, lastSignInDateTime } = user;
  const fields: Record<string, unknown> = { id, displayName, userPrincipalName, jobTitle };
  if (userPrincipalName) fields.mail = userPrincipalName;
  if (lastSignInDateTime !== undefined) {
    fields.signInActivity = lastSignInDateTime === null ? null : { lastSignInDateTime, lastNonInteractiveSignInDateTime: lastSignInDateTime };
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
