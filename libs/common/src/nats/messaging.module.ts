import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { connect, NatsConnection } from 'nats';
import { AuditPublisher } from '../audit/audit-publisher';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CLIENT_PROXY, NATS_CONNECTION } from './nats.tokens';
import { natsSecurityOptions } from './nats-connection-options';
import { NatsRequester } from './nats-requester';

/**
 * Everything a service needs to talk over NATS: typed requests (NatsRequester), a raw connection for
 * broadcast events and JetStream, and the audit publisher.
 */
@Global()
@Module({})
export class MessagingModule implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(NATS_CLIENT_PROXY) private readonly client: ClientProxy,
  ) {}

  static forService(options: MessagingOptions): DynamicModule {
    const security = options.security ?? natsSecurityOptions();
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: NATS_CONNECTION,
          useFactory: () =>
            connect({ ...security, servers: options.natsUrl, name: `${options.service}-raw`, maxReconnectAttempts: -1 }),
        },
        {
          provide: NATS_CLIENT_PROXY,
          useFactory: () =>
            ClientProxyFactory.create({
              transport: Transport.NATS,
              options: { ...security, servers: [options.natsUrl], name: `${options.service}-client`, maxReconnectAttempts: -1 },
            }),
        },
        NatsRequester,
        AuditPublisher,
      ],
      exports: [MESSAGING_OPTIONS, NATS_CONNECTION, NATS_CLIENT_PROXY, NatsRequester, AuditPublisher],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
    if (!this.nc.isClosed()) await this.nc.drain();
  }
}
