import { AuditEventDto, AuditLevel } from '@trueconfig/common';
import { z } from 'zod';

const auditEventSchema = z.object({
  id: z.string().uuid(),
  at: z.string().datetime({ offset: true }),
  orgId: z.string().min(1),
  tenantId: z.string().nullable(),
  scanId: z.string().nullable(),
  service: z.string().min(1),
  level: z.nativeEnum(AuditLevel),
  code: z.string().min(1).max(100),
  message: z.string().max(10000),
  details: z.record(z.string(), z.unknown()).nullable(),
  actor: z.string().nullable(),
});

/** Returns the event, or the reason it can never be stored (such a message is terminated, not retried). */
export function parseAuditEvent(raw: string): { event: AuditEventDto } | { invalid: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { invalid: 'not JSON' };
  }
  const parsed = auditEventSchema.safeParse(json);
  if (!parsed.success) return { invalid: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { event: parsed.data };
}
