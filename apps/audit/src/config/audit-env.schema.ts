import { baseEnvSchema, port } from '@trueconfig/common';
import { z } from 'zod';

export const auditEnvSchema = baseEnvSchema.extend({
  AUDIT_PORT: port(4003),
  /** How many unacknowledged events one replica may hold while storing them. */
  AUDIT_MAX_ACK_PENDING: z.coerce.number().int().min(1).max(10000).default(1000),
  /**
   * How long JetStream waits for an acknowledgement before redelivering (only when the durable consumer
   * is first created). Events pulled but not stored when a replica stops come back after this.
   */
  AUDIT_ACK_WAIT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** How long lines are kept for an organisation without its own setting (setAuditRetention). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** How often this replica deletes lines past their retention; 0 turns the job off. */
  AUDIT_RETENTION_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  /** Rows deleted per statement, so a large backlog never holds long locks. */
  AUDIT_RETENTION_BATCH: z.coerce.number().int().min(1).max(100_000).default(5000),
  /** Most lines one export carries... */
  AUDIT_EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(10_000),
  /** ...and most bytes: the reply travels in one NATS message (1 MB by default). */
  AUDIT_EXPORT_MAX_BYTES: z.coerce.number().int().min(1000).max(64_000_000).default(900_000),
});

export type AuditEnv = z.infer<typeof auditEnvSchema>;

export const AUDIT_CONFIG = Symbol('AUDIT_CONFIG');
