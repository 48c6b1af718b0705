import 'reflect-metadata';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { DEFAULT_DATABASE_URL, NatsRequester, REQUIRED_PERMISSIONS, runMain, ScanDto, ScanTrigger, Subject, TERMINAL_SCAN_STATUSES } from '@trueconfig/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { parseBenchArgs } from './bench-args';
import { BenchTenants, startBenchConnector } from './bench-connector';
import { freePort, run, startNats, untilReady } from './bench-processes';
import { BenchEmulator } from './emulator-admin';
import { lowerBound } from './lower-bound';
import { peakRssMb } from './scanner-rss';

type Stop = () => Promise<unknown>;

/**
 * `npm run bench:scan [-- --users N] [--throttle-scale K]`: per tenant size, a fresh emulator at the
 * throttle scale, the built scanner paced to the same scale (GRAPH_LIMIT_SCALE), a private NATS, a
 * throw-away database and a stand-in connector; one full scan, then wall time, Graph requests by
 * endpoint, 429s, peak scanner RSS and the ratio to the shortest time Graph's limits allow. Not a test.
 */
runMain(async () => {
  const args = parseBenchArgs(process.argv.slice(2));
  for (const users of args.sizes) await benchOne(users, args.throttleScale);
});

async function benchOne(users: number, scale: number): Promise<void> {
  const stops: Stop[] = [];
  try {
    const stateDir = mkdtempSync(join(tmpdir(), 'tc-bench-emulator-'));
    stops.push(async () => rmSync(stateDir, { recursive: true, force: true }));
    // Each registered as soon as it runs, so a failed start of the other never leaves it behind.
    const [nats, emulator] = await Promise.all([
      startNats().then((started) => (stops.push(() => started.process.stop()), started)),
      BenchEmulator.start(stateDir, scale).then((started) => (stops.push(() => started.process.stop()), started)),
    ]);
    const databaseUrl = benchDatabaseUrl();
    stops.push(() => dropDatabase(databaseUrl));

    const tenants = new BenchTenants(emulator);
    const connector = await startBenchConnector(nats.url, tenants);
    stops.push(() => connector.close());
    const generated = await emulator.call<{ tenantId: string }>('POST', '/_emulator/tenants', { generate: { users, seed: 7 } });
    const app = await emulator.call<{ clientId: string; clientSecret: string }>('POST', `/_emulator/tenants/${generated.tenantId}/apps`, {
      permissions: REQUIRED_PERMISSIONS.map((p) => p.name),
    });
    const tenant = { id: randomUUID(), orgId: 'bench-org', directoryTenantId: generated.tenantId, clientId: app.clientId, clientSecret: app.clientSecret };
    tenants.byId.set(tenant.id, tenant);

    const port = await freePort();
    const scanner = run('node', [join(__dirname, '..', 'main.js')], {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NATS_URL: nats.url,
      SCANNER_PORT: String(port),
      GRAPH_BASE_URL: emulator.baseUrl,
      ENTRA_AUTHORITY_HOST: emulator.baseUrl,
      NODE_EXTRA_CA_CERTS: emulator.caCertPath,
      GRAPH_LIMIT_SCALE: String(scale),
      LOG_LEVEL: process.env.BENCH_SCANNER_LOG ? 'info' : 'warn',
    });
    if (process.env.BENCH_SCANNER_LOG) scanner.child.stdout?.pipe(createWriteStream(process.env.BENCH_SCANNER_LOG));
    stops.push(() => scanner.stop());
    await untilReady(scanner, port, 'scanner');

    const client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [nats.url], name: 'bench' } });
    await client.connect();
    stops.push(() => client.close());
    const requester = new NatsRequester(client, { service: 'bench', natsUrl: nats.url, requestTimeoutMs: 30000 });

    await emulator.call('DELETE', '/_emulator/stats');
    const started = await requester.request(Subject.StartScan, { orgId: tenant.orgId, actor: 'bench', tenantId: tenant.id, trigger: ScanTrigger.MANUAL });
    const scan = await finished(requester, tenant.orgId, started.id);
    const stats = await emulator.stats();
    report(users, scale, scan, stats, peakRssMb(scanner.child.pid));
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

async function finished(requester: NatsRequester, orgId: string, scanId: string): Promise<ScanDto> {
  for (;;) {
    const scan = await requester.request(Subject.GetScan, { orgId, scanId });
    if (TERMINAL_SCAN_STATUSES.includes(scan.status)) return scan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function report(users: number, scale: number, scan: ScanDto, stats: Awaited<ReturnType<BenchEmulator['stats']>>, rssMb: number | null): void {
  const wallSeconds = (Date.parse(scan.finishedAt ?? '') - Date.parse(scan.startedAt)) / 1000;
  const graph = stats.requests.filter((r) => !r.path.startsWith('/_emulator') && !r.path.includes('oauth2'));
  const bound = lowerBound(graph, users, scale);
  const lines = [
    `== ${users.toLocaleString('en-US')} users, throttle scale ${scale}: scan ${scan.status}${scan.warnings.length ? ` (${scan.warnings.join('; ')})` : ''}`,
    `wall time: ${wallSeconds.toFixed(2)} s`,
    'Graph requests by endpoint:',
    ...graph.map((r) => `  ${r.method} ${r.path} ${r.status}: ${r.count}`),
    `Graph requests: ${graph.reduce((sum, r) => sum + r.count, 0)} (scanner counted ${scan.graphRequests?.total ?? '?'}, retries ${scan.graphRequests?.retries ?? '?'})`,
    `429s received: ${stats.throttled}`,
    `peak scanner RSS: ${rssMb ?? '?'} MB`,
    `lower bound: ${bound.seconds.toFixed(2)} s (identity ${bound.perBucket.identity.toFixed(2)} s, reports ${bound.perBucket.reports.toFixed(2)} s, Conditional Access ${bound.perBucket.conditionalAccess.toFixed(2)} s; ${bound.burstSeconds.toFixed(2)} s with full buckets at the start)`,
    `ratio to lower bound: ${bound.seconds > 0 ? (wallSeconds / bound.seconds).toFixed(2) : 'n/a'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function benchDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  url.pathname = `/tc_scan_bench_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
