import { AckPolicy, DeliverPolicy, NatsConnection, nanos } from 'nats';
import { AUDIT_CONSUMER, AUDIT_STREAM, ensureAuditStream } from '@trueconfig/common';

/** The one durable consumer every audit replica pulls from: each event goes to one replica. */
export async function ensureAuditConsumer(nc: NatsConnection, maxAckPending: number, ackWaitMs: number): Promise<void> {
  await ensureAuditStream(nc);
  const jsm = await nc.jetstreamManager();
  try {
    await jsm.consumers.info(AUDIT_STREAM, AUDIT_CONSUMER);
  } catch {
    await jsm.consumers.add(AUDIT_STREAM, {
      durable_name: AUDIT_CONSUMER,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(ackWaitMs),
      max_ack_pending: maxAckPending,
    });
  }
}
