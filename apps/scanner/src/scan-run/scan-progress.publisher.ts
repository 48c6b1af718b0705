import { Inject, Injectable, Logger } from '@nestjs/common';
import { NATS_CONNECTION, ScanProgressEvent, scanProgressSubject } from '@trueconfig/common';
import { NatsConnection, StringCodec } from 'nats';

const codec = StringCodec();

/** Broadcasts progress on plain NATS (no queue group): every gateway replica relays it to its subscribers. */
@Injectable()
export class ScanProgressPublisher {
  private readonly logger = new Logger(ScanProgressPublisher.name);

  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}

  publish(event: ScanProgressEvent): void {
    try {
      this.nc.publish(scanProgressSubject(event.tenantId, event.scanId), codec.encode(JSON.stringify(event)));
    } catch (error) {
      // Progress is advisory: the scan row holds the truth, so a lost event must not stop the scan.
      this.logger.warn({ msg: 'scan progress not published', scanId: event.scanId, error: String(error) });
    }
  }
}
