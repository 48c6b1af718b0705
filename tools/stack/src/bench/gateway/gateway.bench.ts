import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { runMain } from '@trueconfig/common';
import { gatewayBench } from './gateway-bench';

/**
 * `npm run bench:gateway`: the gateway's own cost (connector and scanner faked over NATS), printed.
 * BENCH_SECONDS sets the seconds per load level; NODE_OPTIONS reaches the gateway (e.g. --cpu-prof). Not a test.
 */
runMain(async () => {
  Logger.overrideLogger(['error', 'warn']);
  await gatewayBench(Number(process.env.BENCH_SECONDS ?? 8), (line) => process.stdout.write(`${line}\n`));
});
