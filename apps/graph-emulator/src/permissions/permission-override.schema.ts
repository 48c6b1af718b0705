import { z } from 'zod';

/** Replaces one permission-table row, e.g. the registration report to `AuditLog.Read.All`. */
export const permissionOverrideSchema = z
  .object({
    method: z.enum(['GET', 'POST']).optional(),
    path: z.string().startsWith('/'),
    whenSelecting: z.string().min(1).optional(),
    anyOf: z.array(z.string().min(1)).min(1),
  })
  .strict();
