import { Logger } from '@nestjs/common';
import { NatsContext, ServerNats } from '@nestjs/microservices';
import { Msg, NatsConnection, Subscription, SubscriptionOptions } from 'nats';
import { inFlightWork } from './in-flight-work';
import { guardOversizedReply } from './oversized-reply';

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

  /** Started only once NATS has our subscriptions, so a service is never ready before it can be reached. */
  override start(callback: (error?: unknown) => void): void {
    super.start(() => {
      const connection = this.connection();
      if (!connection) return callback();
      connection.flush().then(() => callback(), (error: unknown) => callback(error));
    });
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

  override getPublisher(natsMsg: Msg, id: string, ctx: NatsContext): (response: Record<string, unknown>) => unknown {
    return guardOversizedReply(super.getPublisher(natsMsg, id, ctx), () =>
      new Logger('NatsServer').error(`the reply to ${natsMsg.subject} was over the max payload; answered with an error instead`));
  }

  /** Resolves once NATS has the unsubscriptions (a flush round trip): from then on no request reaches us. */
  async stopTakingWork(): Promise<void> {
    this.taken.splice(0).forEach((subscription) => subscription.unsubscribe());
    const connection = this.connection();
    if (connection && !connection.isClosed()) await connection.flush().catch(() => undefined);
  }

  override async close(): Promise<void> {
    await this.stopTakingWork();
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
