import { isGuid, ScanTrigger } from '@trueconfig/common';
import { JsMsg } from 'nats';
import { ScanJob } from '../scan-run/scan-job';

const TRIGGERS = new Set<string>(Object.values(ScanTrigger));

/** The job in a message, or null when the message is not one (it is then terminated, never retried). */
export function parseScanJob(msg: Pick<JsMsg, 'json'>): ScanJob | null {
  let body: Partial<ScanJob>;
  try {
    body = msg.json<Partial<ScanJob>>();
  } catch {
    return null;
  }
  const { scanId, orgId, tenantId, trigger, actor, full } = body ?? {};
  if (typeof scanId !== 'string' || !isGuid(scanId) || typeof orgId !== 'string' || typeof tenantId !== 'string') return null;
  if (typeof trigger !== 'string' || !TRIGGERS.has(trigger)) return null;
  const job: ScanJob = { scanId, orgId, tenantId, trigger: trigger as ScanTrigger, actor: typeof actor === 'string' ? actor : null };
  return full === true ? { ...job, full } : job;
}

/** How long ago JetStream stored the message. */
export function messageAgeMs(msg: Pick<JsMsg, 'info'>, now = Date.now()): number {
  return now - msg.info.timestampNanos / 1_000_000;
}
