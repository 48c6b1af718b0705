import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppErrorRpcFilter } from '../errors/app-error-rpc.filter';
import { createLogger } from '../logging/create-logger';
import { PinoNestLogger } from '../logging/pino-nest.logger';
import { natsSecurityOptions } from '../nats/nats-connection-options';
import { startTracing } from '../tracing/start-tracing';
import { DrainingNatsServer } from './draining-nats.server';
import { drainBudgetMs } from './graceful-shutdown';
import { withOperations } from './operations-root.module';
import { prepareServiceApp } from './prepare-http-app';

export interface ServiceBootOptions {
  service: string;
  module: Type<unknown>;
  natsUrl: string;
  /** Queue group: one replica answers each request. */
  queue: string;
  httpHost: string;
  httpPort: number;
}

/**
 * Starts a service: a NATS microservice in its queue group plus a small HTTP listener for health,
 * readiness and `/metrics`. SIGTERM turns readiness false, stops taking requests, lets in-flight
 * handlers finish, drains NATS and closes pools within SHUTDOWN_GRACE_MS (installGracefulShutdown).
 */
export async function bootstrapService(options: ServiceBootOptions): Promise<INestApplication> {
  await startTracing(options.service);
  const logger = createLogger(options.service);
  const app = await NestFactory.create(withOperations(options.module, options.service), { logger: new PinoNestLogger(logger) });
  app.useGlobalFilters(new AppErrorRpcFilter(app.getHttpAdapter()));
  const server = new DrainingNatsServer(
    { ...natsSecurityOptions(), servers: [options.natsUrl], queue: options.queue, name: `${options.service}-server`, maxReconnectAttempts: -1 },
    drainBudgetMs,
  );
  prepareServiceApp(app, logger, { stopTakingWork: () => server.stopTakingWork() });
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  await app.startAllMicroservices();
  await app.listen(options.httpPort, options.httpHost);
  logger.info({ port: options.httpPort, queue: options.queue }, `${options.service} ready`);
  return app;
}

/** Entry points call this: a boot failure (bad config, no database) is printed and exits non-zero. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
