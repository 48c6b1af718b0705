import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { NatsRequester } from '@trueconfig/common';

export interface TestRequester {
  requester: NatsRequester;
  close(): Promise<void>;
}

/** Asks the services over NATS exactly as the gateway does, with the same typed requests and errors. */
export async function connectTestRequester(natsUrl: string, name: string, requestTimeoutMs = 15000): Promise<TestRequester> {
  const client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl], name } });
  await client.connect();
  return {
    requester: new NatsRequester(client, { service: name, natsUrl, requestTimeoutMs }),
    close: () => client.close(),
  };
}
