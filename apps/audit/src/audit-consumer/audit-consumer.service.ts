import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AUDIT_CONSUMER, AUDIT_STREAM, NATS_CONNECTION } from '@trueconfig/common';
import { ConsumerMessages, JsMsg, NatsConnection } from 'nats';
import { AUDIT_CONFIG, AuditEnv } from '../config/audit-env.schema';
import { AuditLogStore } from '../audit-log/audit-log.store';
import { AuditLogAddedPublisher } from '../audit-feed/audit-log-added.publisher';
import { ensureAuditConsumer } from './ensure-audit-consumer';
import { parseAuditEvent } from './parse-audit-event';

const RETRY_DELAY_MS = 2000;

/**
 * Moves audit events from JetStream into Postgres. A message is acknowledged only after its row is
 * stored (or found already stored), so stopping this service loses nothing and redelivery duplicates nothing.
 */
@Injectable()
export class AuditConsumerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditConsumerService.name);
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(AUDIT_CONFIG) private readonly config: AuditEnv,
    private readonly store: AuditLogStore,
    private readonly added: AuditLogAddedPublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureAuditConsumer(this.nc, this.config.AUDIT_MAX_ACK_PENDING, this.config.AUDIT_ACK_WAIT_MS);
    const consumer = await this.nc.jetstream().consumers.get(AUDIT_STREAM, AUDIT_CONSUMER);
    this.messages = await consumer.consume({ max_messages: 100 });
    this.loop = this.drain(this.messages);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  private async drain(messages: ConsumerMessages): Promise<void> {
    for await (const message of messages) await this.handle(message);
  }

  private async handle(message: JsMsg): Promise<void> {
    const parsed = parseAuditEvent(message.string());
    if ('invalid' in parsed) {
      this.logger.error(`dropping malformed audit event (seq ${message.seq}): ${parsed.invalid}`);
      message.term();
      return;
    }
    try {
      const stored = await this.store.append(parsed.event);
      message.ack();
      // A redelivered event was announced when it was first stored.
      if (stored) this.added.announce(parsed.event);
    } catch (error) {
      this.logger.warn(`audit event ${parsed.event.id} not stored yet, will retry: ${String(error)}`);
      message.nak(RETRY_DELAY_MS);
    }
  }
}
