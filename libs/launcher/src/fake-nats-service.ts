import { INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { AppErrorRpcFilter } from '@trueconfig/common';

/** Serves a test module's @MessagePattern handlers over NATS as a real service does: in its queue group, AppError intact. */
export async function startFakeNatsService(module: Type<unknown>, natsUrl: string, options: { queue: string; name?: string }): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(module, {
    transport: Transport.NATS,
    options: { servers: [natsUrl], queue: options.queue, name: options.name },
    logger: false,
  });
  app.useGlobalFilters(new AppErrorRpcFilter());
  await app.listen();
  return app;
}
