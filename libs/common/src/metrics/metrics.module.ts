import { DynamicModule, Inject, Module, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { NATS_CONNECTION } from '../nats/nats.tokens';
import { watchDbPool } from './db-pool.collector';
import { watchJetStreamConsumers } from './jetstream-consumer.collector';
import { MetricsController } from './metrics.controller';
import { initProcessMetrics } from './metrics-registry';
import { WATCHED_CONSUMERS } from './watched-consumers';

const METRICS_SERVICE = Symbol('METRICS_SERVICE');

/**
 * Serves `/metrics` and hooks the service's Postgres pool and its JetStream consumers into it. The
 * DataSource and NATS connection come from the global DatabaseModule and MessagingModule when present.
 */
@Module({})
export class MetricsModule implements OnModuleInit, OnApplicationShutdown {
  private readonly unwatch: Array<() => void> = [];

  constructor(
    @Inject(METRICS_SERVICE) private readonly service: string,
    @Optional() @Inject(DataSource) private readonly dataSource?: DataSource,
    @Optional() @Inject(NATS_CONNECTION) private readonly nc?: NatsConnection,
  ) {}

  static forService(service: string): DynamicModule {
    return { module: MetricsModule, controllers: [MetricsController], providers: [{ provide: METRICS_SERVICE, useValue: service }] };
  }

  onModuleInit(): void {
    initProcessMetrics(this.service);
    if (this.dataSource) this.unwatch.push(watchDbPool(this.dataSource));
    const consumers = WATCHED_CONSUMERS[this.service] ?? [];
    if (this.nc && consumers.length > 0) this.unwatch.push(watchJetStreamConsumers(this.nc, consumers));
  }

  onApplicationShutdown(): void {
    this.unwatch.splice(0).forEach((stop) => stop());
  }
}
