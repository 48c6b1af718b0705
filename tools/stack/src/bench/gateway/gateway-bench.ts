import { createApiKeyWithCli, createTestDatabase, freePort, startPrivateNats, startServiceProcess, Stoppables } from '@trueconfig/launcher';
import { connect } from 'nats';
import { formatStats } from '../latency-stats';
import { startBenchBackend, benchTenants } from './bench-backend';
import { dashboardLoad, LoadResult } from './dashboard-load';
import { FanoutResult, subscriberFanout } from './subscriber-fanout';

const CLIENT_LEVELS = [1, 16, 64];
const SUBSCRIBERS = 1000;
const EVENTS = 20;

export interface GatewayBench {
  secondsPerLevel: number;
  dashboard: LoadResult[];
  fanout: FanoutResult;
}

/**
 * The built gateway on a private NATS and a throw-away database, with the connector and scanner
 * answered from memory: a dashboard query at 1, 16 and 64 closed-loop clients, then scan progress
 * fanned out to 1,000 graphql-ws subscribers.
 */
export async function gatewayBench(secondsPerLevel: number, log: (line: string) => void): Promise<GatewayBench> {
  const stoppables = new Stoppables();
  try {
    const nats = stoppables.add(await startPrivateNats(), (n) => n.process.stop());
    const db = stoppables.add(await createTestDatabase('tc_bench'), (d) => d.drop());
    const env = {
      ...process.env, NATS_URL: nats.url, DATABASE_URL: db.url, LOG_LEVEL: 'warn', NODE_ENV: 'production',
      // The benchmark measures throughput, not the per-key limit.
      RATE_LIMIT_BURST: '100000', RATE_LIMIT_PER_MINUTE: '1000000',
    };
    const { key, stderr } = await createApiKeyWithCli(env, 'bench', 'admin');
    const orgId = stderr.match(/\(([0-9a-f-]{36})\)/)?.[1];
    if (!orgId) throw new Error(`no organisation id in the API key CLI's output: ${stderr}`);
    const { tenants, scans } = benchTenants(orgId, 50);
    stoppables.add(await startBenchBackend(nats.url, tenants, scans), (b) => b.close());
    const port = await freePort();
    stoppables.add(await startServiceProcess({ service: 'gateway', port, env }), (g) => g.stop());
    const url = `http://127.0.0.1:${port}/graphql`;
    log(`dashboard query (20 tenants with latest scan and 12 results each), ${secondsPerLevel} s per level:`);
    await dashboardLoad(url, key, 4, 1000);
    const dashboard: LoadResult[] = [];
    for (const clients of CLIENT_LEVELS) {
      const result = await dashboardLoad(url, key, clients, secondsPerLevel * 1000);
      dashboard.push(result);
      log(`  ${String(clients).padStart(2)} clients: ${result.requestsPerSecond.toFixed(0).padStart(5)} req/s  ${formatStats(result.latency)}  errors ${result.errors}`);
    }
    const nc = await connect({ servers: nats.url });
    stoppables.add(nc, (c) => c.drain());
    const fanout = await subscriberFanout(url.replace(/^http/, 'ws'), key, nc, { orgId, tenantId: tenants[0].id }, SUBSCRIBERS, EVENTS);
    log(`scanProgress to ${fanout.subscribers} graphql-ws subscribers (${fanout.ready} live), ${fanout.events} events 250 ms apart: delivered ${fanout.delivered}/${fanout.subscribers * fanout.events}`);
    log(`  NATS publish → client delivery: ${formatStats(fanout.latency)}`);
    return { secondsPerLevel, dashboard, fanout };
  } finally {
    await stoppables.stopAll();
  }
}
