import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AppErrorRpcFilter, DrainingNatsServer, inFlightWork, NatsHandlerInterceptor } from '@trueconfig/common';
import { connect, JSONCodec, NatsConnection } from 'nats';
import { PrivateNats, startPrivateNats } from '../src';

const SLOW_MS = 600;

@Controller()
class SlowController {
  @MessagePattern('ops.slow')
  async slow(@Payload() n: number): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    return n * 2;
  }

  @MessagePattern('ops.huge')
  huge(@Payload() bytes: number): string {
    return 'x'.repeat(bytes);
  }
}

@Module({ controllers: [SlowController] })
class SlowModule {}

/** What a rolling restart relies on: requests already accepted are answered; new ones go elsewhere. */
describe('DrainingNatsServer (real NATS)', () => {
  let nats: PrivateNats;
  let nc: NatsConnection;
  const codec = JSONCodec();
  const ask = (n: number, timeout = 5000) =>
    nc.request('ops.slow', codec.encode({ pattern: 'ops.slow', data: n, id: `r${n}` }), { timeout }).then((m) => codec.decode(m.data) as { response?: number });

  beforeAll(async () => {
    nats = await startPrivateNats();
    nc = await connect({ servers: nats.url });
  });

  afterAll(async () => {
    await nc?.drain();
    await nats?.process.stop();
  });

  it('answers the requests in flight when it stops, and takes no new ones', async () => {
    const app = await NestFactory.create(SlowModule, { logger: false });
    app.useGlobalFilters(new AppErrorRpcFilter(app.getHttpAdapter()));
    app.useGlobalInterceptors(new NatsHandlerInterceptor());
    const server = new DrainingNatsServer({ servers: [nats.url], queue: 'ops' }, () => 5000);
    app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
    await app.startAllMicroservices();
    await app.init();

    expect((await ask(7)).response).toBe(14);
    const inFlight = [1, 2, 3].map((n) => ask(n));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(inFlightWork.size).toBe(3);
    await server.stopTakingWork();
    const late = ask(4, 1000).then(
      () => 'answered',
      (error: { code?: string }) => error.code,
    );
    const closing = app.close();

    expect((await Promise.all(inFlight)).map((reply) => reply.response)).toEqual([2, 4, 6]);
    expect(await late).toBe('503');
    await closing;
    expect(inFlightWork.size).toBe(0);
  });

  it('answers a reply over the max payload with an error instead of crashing, and goes on answering', async () => {
    const app = await NestFactory.create(SlowModule, { logger: false });
    app.useGlobalFilters(new AppErrorRpcFilter(app.getHttpAdapter()));
    const server = new DrainingNatsServer({ servers: [nats.url], queue: 'ops-huge' }, () => 5000);
    app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
    await app.startAllMicroservices();
    await app.init();
    try {
      const huge = await nc.request('ops.huge', codec.encode({ pattern: 'ops.huge', data: nc.info?.max_payload ?? 1024 * 1024, id: 'h1' }), { timeout: 5000 });
      expect(codec.decode(huge.data)).toMatchObject({ err: { code: 'INTERNAL', message: expect.stringContaining('larger than NATS accepts') } });
      expect((await ask(5)).response).toBe(10);
    } finally {
      await app.close();
    }
  });
});
