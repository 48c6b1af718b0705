import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { runMain } from '@trueconfig/common';
import { connect } from 'nats';
import { createBenchDatabase } from './bench-database';
import { benchTenants, startBenchBackend } from './bench-backend';
import { freePort, startGateway, startNats } from './bench-processes';
import { dashboardLoad } from './dashboard-load';
import { formatStats } from './latency-stats';
import { subscriberFanout } from './subscriber-fanout';

const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

/**
 * `npm run bench:gateway`: the built gateway on a private NATS and a throw-away database, with the
 * connector and scanner faked over NATS (the gateway's own cost, not the services'). Not a test.
 */
runMain(async () => {
  Logger.overrideLogger(['error', 'warn']);
  const stops: Array<() => Promise<unknown>> = [];
  try {
    const nats = await startNats();
    stops.push(() => nats.process.stop());
    const db = await createBenchDatabase();
    stops.push(() => db.drop());
    const { tenants, scans } = benchTenants(db.orgId, 50);
    const backend = await startBenchBackend(nats.url, tenants, scans);
    stops.push(() => backend.close());
    const port = await freePort();
    const gateway = await startGateway({
      ...process.env, NATS_URL: nats.url, DATABASE_URL: db.url, LOG_LEVEL: 'warn', NODE_ENV: 'production',
      // The benchmark measures throughput, not the per-key limit.
      RATE_LIMIT_BURST: '100000', RATE_LIMIT_PER_MINUTE: '1000000',
    }, port);
    stops.unshift(() => gateway.stop());
    const url = `http://127.0.0.1:${port}/graphql`;
    console.log(`dashboard query (20 tenants with latest scan and 12 results each), ${LOAD_SECONDS} s per level:`);
    await dashboardLoad(url, db.key, 4, 1000);
    for (const clients of [1, 16, 64]) {
      const result = await dashboardLoad(url, db.key, clients, LOAD_SECONDS * 1000);
      console.log(`  ${String(clients).padStart(2)} clients: ${result.requestsPerSecond.toFixed(0).padStart(5)} req/s  ${formatStats(result.latency)}  errors ${result.errors}`);
    }
    const nc = await connect({ servers: nats.url });
    stops.unshift(() => nc.drain());
    const fanout = await subscriberFanout(url.replace(/^http/, 'ws'), db.key, nc, { orgId: db.orgId, tenantId: tenants[0].id }, 1000, 20);
    console.log(`scanProgress to ${fanout.subscribers} graphql-ws subscribers (${fanout.ready} live), ${fanout.events} events 250 ms apart: delivered ${fanout.delivered}/${fanout.subscribers * fanout.events}`);
    console.log(`  NATS publish → client delivery: ${formatStats(fanout.latency)}`);
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
});
