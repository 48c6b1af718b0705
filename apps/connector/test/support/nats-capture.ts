import { connect, NatsConnection, StringCodec } from 'nats';

export interface CapturedMessage {
  subject: string;
  data: string;
}

const codec = StringCodec();

/** A subscriber on `>`: every message any process sends through the test's private NATS. */
export class NatsCapture {
  readonly messages: CapturedMessage[] = [];

  private constructor(private readonly nc: NatsConnection) {}

  static async start(url: string): Promise<NatsCapture> {
    const capture = new NatsCapture(await connect({ servers: url, name: 'connector-it-capture' }));
    capture.nc.subscribe('>', { callback: (_error, msg) => capture.messages.push({ subject: msg.subject, data: codec.decode(msg.data) }) });
    await capture.nc.flush();
    return capture;
  }

  async stop(): Promise<void> {
    await this.nc.drain();
  }
}
