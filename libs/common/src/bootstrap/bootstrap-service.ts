import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { AppErrorRpcFilter } from '../errors/app-error-rpc.filter';
import { createLogger } from '../logging/create-logger';
import { PinoNestLogger } from '../logging/pino-nest.logger';

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
 * Starts a service: a NATS microservice in its queue group plus a small HTTP listener for health
 * and readiness. Shutdown hooks let SIGTERM drain NATS and close pools.
 */
export async function bootstrapService(options: ServiceBootOptions): Promise<INestApplication> {
  const logger = createLogger(options.service);
  const app = await NestFactory.create(options.module, { logger: new PinoNestLogger(logger) });
  app.useGlobalFilters(new AppErrorRpcFilter(app.getHttpAdapter()));
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.NATS,
      options: { servers: [options.natsUrl], queue: options.queue, name: `${options.service}-server`, maxReconnectAttempts: -1 },
    },
    { inheritAppConfig: true },
  );
  app.enableShutdownHooks();
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
