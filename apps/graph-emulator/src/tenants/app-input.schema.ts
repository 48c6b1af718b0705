import { z } from 'zod';

const isoDateTime = z.iso.datetime({ offset: true });

const appFields = {
  displayName: z.string().min(1).max(256).optional(),
  permissions: z.array(z.string().min(1)).optional(),
  secretExpiresAt: isoDateTime.optional(),
  disabled: z.boolean().optional(),
  conditionalAccessBlocked: z.boolean().optional(),
  /** What admin consent grants; defaults to `permissions`. */
  requestedPermissions: z.array(z.string().min(1)).optional(),
  multiTenant: z.boolean().optional(),
  /** Lifetime of the access tokens issued to the app (default 3600 s): short ones let tests expire a token mid-scan. */
  tokenLifetimeSeconds: z.number().int().min(1).max(86_400).optional(),
};

/** Fixtures may pin ids and the secret so that a demo's credentials are known in advance. */
export const appInputSchema = z
  .object({
    ...appFields,
    clientId: z.guid().optional(),
    clientSecret: z.string().min(1).optional(),
    secretId: z.guid().optional(),
  })
  .strict();

export const appPatchSchema = z
  .object({
    ...appFields,
    rotateSecret: z.boolean().optional(),
    /** With `rotateSecret`: delete the older secrets, as an administrator does after rotating. */
    removePreviousSecrets: z.boolean().optional(),
  })
  .strict();

export type AppInput = z.input<typeof appInputSchema>;
export type AppPatch = z.output<typeof appPatchSchema>;
