import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ensureScanProgressStream, NATS_CONNECTION, SCAN_PROGRESS_STREAM, SCAN_PROGRESS_WILDCARD } from '@trueconfig/common';
import { ConsumerMessages, JsMsg, NatsConnection } from 'nats';
import { GATEWAY_PUB_SUB, GatewayPubSub, GatewayTopic, scanProgressKey } from '../graphql/gateway-pub-sub';
import { parseScanProgressEvent } from './parse-scan-progress-event';
import { RecentIds } from './recent-ids';

/** Pull expiry; heartbeats come at half of it, so a lost consumer is noticed within seconds. */
const PULL_EXPIRES_MS = 5_000;
/** Far more events than arrive between a publisher's first try and its last retry. */
const REMEMBERED_EVENT_IDS = 20_000;

/**
 * Feeds this replica's pub/sub from the SCAN_PROGRESS stream through an ordered consumer of its own:
 * every gateway replica sees every event (fan-out, no shared consumer). After a reconnect or a NATS
 * restart the consumer is recreated at the next stream sequence, so events published meanwhile (the
 * final one above all) still arrive, in order; an event id already relayed is dropped.
 */
@Injectable()
export class ScanProgressBridge implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ScanProgressBridge.name);
  private readonly relayed = new RecentIds(REMEMBERED_EVENT_IDS);
  private messages?: ConsumerMessages;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_PUB_SUB) private readonly pubSub: GatewayPubSub,
  ) {}

  /** The consumer exists before the gateway reports ready; it starts after the stream's last event. */
  async onModuleInit(): Promise<void> {
    await ensureScanProgressStream(this.nc);
    const jsm = await this.nc.jetstreamManager();
    // An explicit start sequence (not "new"): a consumer recreated before its first event must not skip events.
    const next = (await jsm.streams.info(SCAN_PROGRESS_STREAM)).state.last_seq + 1;
    const consumer = await this.nc.jetstream().consumers.get(SCAN_PROGRESS_STREAM, { filterSubjects: SCAN_PROGRESS_WILDCARD, opt_start_seq: next });
    this.messages = await consumer.consume({ expires: PULL_EXPIRES_MS, callback: (msg) => this.relay(msg) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.messages?.close();
  }

  private relay(msg: JsMsg): void {
    const event = parseScanProgressEvent(msg.data);
    if (!event) {
      this.logger.warn(`ignored a malformed scan progress event on ${msg.subject}`);
      return;
    }
    if (event.id && !this.relayed.firstTime(event.id)) return;
    this.pubSub.publish(GatewayTopic.ScanProgress, scanProgressKey.byScan(event.orgId, event.scanId), event);
    this.pubSub.publish(GatewayTopic.ScanProgress, scanProgressKey.byTenant(event.orgId, event.tenantId), event);
  }
}
