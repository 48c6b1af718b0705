import { baseEnvSchema, port } from '@trueconfig/common';
import { z } from 'zod';

export const auditEnvSchema = baseEnvSchema.extend({
  AUDIT_PORT: port(4003),
  /** How many unacknowledged events one replica may hold while storing them. */
  AUDIT_MAX_ACK_PENDING: z.coerce.number().int().min(1).max(10000).default(1000),
});

export type AuditEnv = z.infer<typeof auditEnvSchema>;

export const AUDIT_CONFIG = Symbol('AUDIT_CONFIG');
