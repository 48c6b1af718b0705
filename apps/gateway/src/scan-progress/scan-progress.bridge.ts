import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { NATS_CONNECTION, SCAN_PROGRESS_WILDCARD } from '@trueconfig/common';
import { Msg, NatsConnection, NatsError, Subscription } from 'nats';
import { GATEWAY_PUB_SUB, GatewayPubSub, GatewayTopic, scanProgressKey } from '../graphql/gateway-pub-sub';
import { parseScanProgressEvent } from './parse-scan-progress-event';

/**
 * Feeds this replica's pub/sub from NATS. No queue group on purpose: every gateway replica must see
 * every event, because any of them may hold the subscriber.
 */
@Injectable()
export class ScanProgressBridge implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ScanProgressBridge.name);
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_PUB_SUB) private readonly pubSub: GatewayPubSub,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscription = this.nc.subscribe(SCAN_PROGRESS_WILDCARD, { callback: (error, msg) => this.relay(error, msg) });
    // Registered with the server before the gateway reports ready.
    await this.nc.flush();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private relay(error: NatsError | null, msg: Msg): void {
    if (error) {
      this.logger.warn(`scan progress subscription: ${error.message}`);
      return;
    }
    const event = parseScanProgressEvent(msg.data);
    if (!event) {
      this.logger.warn(`ignored a malformed scan progress event on ${msg.subject}`);
      return;
    }
    this.pubSub.publish(GatewayTopic.ScanProgress, scanProgressKey.byScan(event.orgId, event.scanId), event);
    this.pubSub.publish(GatewayTopic.ScanProgress, scanProgressKey.byTenant(event.orgId, event.tenantId), event);
  }
}
