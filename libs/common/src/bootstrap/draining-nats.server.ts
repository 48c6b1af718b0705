import { ServerNats } from '@nestjs/microservices';
import { NatsConnection, Subscription, SubscriptionOptions } from 'nats';
import { inFlightWork } from './in-flight-work';

type NatsServerOptions = ConstructorParameters<typeof ServerNats>[0];

/**
 * Nest's NATS server, able to stop taking requests before it closes: its queue-group subscriptions are
 * dropped first (NATS routes new requests to the other replicas), then it waits for the handlers in
 * flight to reply, then drains its connection (flushing the replies) and closes it.
 */
export class DrainingNatsServer extends ServerNats {
  private readonly taken: Subscription[] = [];

  constructor(
    options: NatsServerOptions,
    private readonly drainTimeoutMs: () => number,
  ) {
    super(options);
  }

  override bindEvents(client: NatsConnection): void {
    // Nest keeps its subscriptions private: hand it a client that remembers them for us.
    const remembering = {
      subscribe: (subject: string, options?: SubscriptionOptions) => {
        const subscription = client.subscribe(subject, options);
        this.taken.push(subscription);
        return subscription;
      },
    };
    super.bindEvents(remembering);
  }

  stopTakingWork(): void {
    this.taken.splice(0).forEach((subscription) => subscription.unsubscribe());
  }

  override async close(): Promise<void> {
    this.stopTakingWork();
    await inFlightWork.idle(this.drainTimeoutMs());
    // Nest sends a handler's reply on a later tick, and close() would drop what is not yet flushed.
    await new Promise((resolve) => setImmediate(resolve));
    const connection = this.connection();
    if (connection && !connection.isClosed()) await connection.drain();
    await super.close();
  }

  /** Undefined before `listen` (or after close), where Nest's unwrap throws. */
  private connection(): NatsConnection | undefined {
    try {
      return this.unwrap<NatsConnection>();
    } catch {
      return undefined;
    }
  }
}
