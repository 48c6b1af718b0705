import { connect, NatsConnection } from 'nats';

/** Every message on every subject of the private NATS while the suite runs. */
export class NatsCapture {
  readonly messages: string[] = [];
  private constructor(private readonly connection: NatsConnection) {}

  static async start(url: string): Promise<NatsCapture> {
    const capture = new NatsCapture(await connect({ servers: url, name: 'e2e-abuse-capture' }));
    const subscription = capture.connection.subscribe('>');
    void (async () => {
      for await (const message of subscription) capture.messages.push(`${message.subject} ${Buffer.from(message.data).toString('utf8')}`);
    })();
    await capture.connection.flush();
    return capture;
  }

  async stop(): Promise<void> {
    await this.connection.drain();
  }
}
