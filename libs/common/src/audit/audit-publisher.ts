import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JetStreamClient, NatsConnection, StringCodec } from 'nats';
import { AuditEventDto, AuditLevel } from '../contracts/shared/audit-log.dto';
import { auditSubject } from '../contracts/audit-event/audit-event';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '../nats/nats.tokens';
import { ensureAuditStream } from './ensure-audit-stream';

export type AuditEventInput = Pick<AuditEventDto, 'orgId' | 'code' | 'message'> &
  Partial<Pick<AuditEventDto, 'id' | 'tenantId' | 'scanId' | 'level' | 'details' | 'actor'>>;

const codec = StringCodec();
const PUBLISH_ATTEMPTS = 5;

/**
 * Publishes sync-log events to JetStream, so they survive the audit service being down.
 * The event id is the JetStream message id: a retried publish is stored once.
 */
@Injectable()
export class AuditPublisher implements OnModuleInit {
  private readonly logger = new Logger(AuditPublisher.name);
  private js!: JetStreamClient;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensureAuditStream(this.nc);
    this.js = this.nc.jetstream();
  }

  async publish(input: AuditEventInput): Promise<AuditEventDto> {
    const event: AuditEventDto = {
      id: input.id ?? randomUUID(),
      at: new Date().toISOString(),
      orgId: input.orgId,
      tenantId: input.tenantId ?? null,
      scanId: input.scanId ?? null,
      service: this.options.service,
      level: input.level ?? AuditLevel.INFO,
      code: input.code,
      message: input.message,
      details: input.details ?? null,
      actor: input.actor ?? null,
    };
    await this.publishWithRetry(event);
    return event;
  }

  private async publishWithRetry(event: AuditEventDto): Promise<void> {
    const data = codec.encode(JSON.stringify(event));
    for (let attempt = 1; ; attempt++) {
      try {
        await this.js.publish(auditSubject(this.options.service), data, { msgID: event.id });
        return;
      } catch (error) {
        if (attempt >= PUBLISH_ATTEMPTS) {
          this.logger.error(`audit event ${event.id} (${event.code}) could not be published: ${String(error)}`);
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }
}
