import { AUDIT_STREAM, AuditEventDto, auditSubject } from '@trueconfig/common';
import { AckPolicy, NatsConnection } from 'nats';

const CONSUMER = 'scanner-int-spec';

/** Reads the scanner's audit events from the JetStream stream (no audit service runs in this test). */
export class AuditStreamReader {
  readonly events: AuditEventDto[] = [];

  constructor(private readonly nc: NatsConnection) {}

  async drain(): Promise<AuditEventDto[]> {
    const jsm = await this.nc.jetstreamManager();
    await jsm.consumers.add(AUDIT_STREAM, { durable_name: CONSUMER, ack_policy: AckPolicy.Explicit, filter_subject: auditSubject('scanner') });
    const consumer = await this.nc.jetstream().consumers.get(AUDIT_STREAM, CONSUMER);
    const batch = await consumer.fetch({ max_messages: 500, expires: 1000 });
    for await (const message of batch) {
      this.events.push(message.json<AuditEventDto>());
      message.ack();
    }
    return this.events;
  }
}
