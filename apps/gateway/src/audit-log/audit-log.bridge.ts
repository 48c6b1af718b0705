import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AUDIT_LOG_ADDED_WILDCARD, NATS_CONNECTION } from '@trueconfig/common';
import { Msg, NatsConnection, NatsError, Subscription } from 'nats';
import { auditLogKey, GATEWAY_PUB_SUB, GatewayPubSub, GatewayTopic } from '../graphql/gateway-pub-sub';
import { parseAuditLogAdded } from './parse-audit-log-added';

/** Feeds this replica's `auditLogAdded` subscribers from the audit service's broadcasts (no queue group). */
@Injectable()
export class AuditLogBridge implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuditLogBridge.name);
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_PUB_SUB) private readonly pubSub: GatewayPubSub,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscription = this.nc.subscribe(AUDIT_LOG_ADDED_WILDCARD, { callback: (error, msg) => this.relay(error, msg) });
    await this.nc.flush();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private relay(error: NatsError | null, msg: Msg): void {
    if (error) return this.logger.warn(`audit log subscription: ${error.message}`);
    const event = parseAuditLogAdded(msg.data);
    if (!event) return this.logger.warn(`ignored a malformed audit event on ${msg.subject}`);
    this.pubSub.publish(GatewayTopic.AuditLogAdded, auditLogKey.all(event.orgId), event);
    if (event.tenantId) this.pubSub.publish(GatewayTopic.AuditLogAdded, auditLogKey.byTenant(event.orgId, event.tenantId), event);
  }
}
