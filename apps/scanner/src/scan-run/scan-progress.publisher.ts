import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ensureScanProgressStream, NATS_CONNECTION, ScanProgressEvent, scanProgressSubject } from '@trueconfig/common';
import { JetStreamClient, NatsConnection, StringCodec } from 'nats';

const codec = StringCodec();
const PUBLISH_TIMEOUT_MS = 2_000;
/** How long the final event is retried (NATS down or restarting) before it is given up and logged. */
export const FINAL_EVENT_DEADLINE_MS = 10 * 60 * 1000;
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 5000];

/**
 * Publishes progress to the SCAN_PROGRESS JetStream stream, the event id as message id (a retried
 * publish is stored once). Every gateway replica reads the stream with its own consumer, so each sees
 * every event and catches up after a reconnect. Intermediate events are best effort; the final one
 * is retried until JetStream stores it, so a subscriber is never left waiting.
 */
@Injectable()
export class ScanProgressPublisher implements OnModuleInit {
  private readonly logger = new Logger(ScanProgressPublisher.name);
  private js!: JetStreamClient;

  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}

  async onModuleInit(): Promise<void> {
    await ensureScanProgressStream(this.nc);
    this.js = this.nc.jetstream({ timeout: PUBLISH_TIMEOUT_MS });
  }

  publish(event: ScanProgressEvent): void {
    // Progress is advisory: the scan row holds the truth, so a lost intermediate event must not stop the scan.
    this.send(event).catch((error: unknown) => this.logger.warn({ msg: 'scan progress not published', scanId: event.scanId, error: String(error) }));
  }

  /** Resolves once JetStream has stored the event; retries with the same id until `deadlineMs` has passed. */
  async publishFinal(event: ScanProgressEvent, deadlineMs = FINAL_EVENT_DEADLINE_MS): Promise<boolean> {
    const giveUpAt = Date.now() + deadlineMs;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.send(event);
        return true;
      } catch (error) {
        if (Date.now() >= giveUpAt) {
          this.logger.error({ msg: 'final scan progress event not published; late subscribers still get the final state', scanId: event.scanId, error: String(error) });
          return false;
        }
        this.logger.warn({ msg: 'final scan progress event not stored yet; retrying', scanId: event.scanId, attempt: attempt + 1, error: String(error) });
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]));
      }
    }
  }

  private async send(event: ScanProgressEvent): Promise<void> {
    await this.js.publish(scanProgressSubject(event.tenantId, event.scanId), codec.encode(JSON.stringify(event)), event.id ? { msgID: event.id } : undefined);
  }
}
