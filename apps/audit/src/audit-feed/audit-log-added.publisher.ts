import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditEventDto, auditLogAddedSubject, NATS_CONNECTION } from '@trueconfig/common';
import { NatsConnection, StringCodec } from 'nats';

const codec = StringCodec();

/**
 * Tells every gateway replica (plain NATS, no queue group) that a line was stored, for the
 * `auditLogAdded` subscription. Live delivery is best effort: the stored row is the record.
 */
@Injectable()
export class AuditLogAddedPublisher {
  private readonly logger = new Logger(AuditLogAddedPublisher.name);

  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}

  announce(event: AuditEventDto): void {
    try {
      this.nc.publish(auditLogAddedSubject(event.orgId), codec.encode(JSON.stringify(event)));
    } catch (error) {
      this.logger.warn(`could not announce audit event ${event.id}: ${String(error)}`);
    }
  }
}
