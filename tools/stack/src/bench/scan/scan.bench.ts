import 'reflect-metadata';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { NatsRequester, REQUIRED_PERMISSIONS, runMain, ScanDto, ScanTrigger, Subject, TERMINAL_SCAN_STATUSES } from '@trueconfig/common';
import { EmulatorControlClient, freePort, startServiceProcess, startTestBackbone } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { parseBenchArgs } from './bench-args';
import { BenchTenant, BenchTenants, startBenchConnector } from './bench-connector';
import { measureRoundTrips } from './round-trips';
import { scanReport } from './scan-report';
import { benchScannerNodeArgs } from './scanner-image';
import { peakRssMb } from './scanner-rss';

/**
 * `npm run bench:scan [-- --users N] [--throttle-scale K]`: per tenant size, a fresh emulator at the
 * throttle scale, the built scanner paced to the same scale, a private NATS, a throw-away database and a
 * stand-in connector; after a warm-up scan of a small tenant, one full scan, then wall time, Graph requests by endpoint, 429s, peak scanner RSS
 * and the ratio to the shortest time Graph allows. BENCH_SCANNER_LOG=file keeps the scanner's log (info).
 * The scanner runs with its image's heap flags (SCANNER_IMAGE_NODE_ARGS) unless BENCH_SCANNER_NODE_ARGS says
 * otherwise (e.g. "" for Node's defaults: V8 on a large machine then collects lazily and RSS follows tenant
 * size although nothing is retained). Not a test.
 */

/** The warm-up scan's tenant, and the pause for its replica load to end before the measured scan. */
const WARM_UP_USERS = 1000;
const WARM_UP_SETTLE_MS = 1000;

runMain(async () => {
  const args = parseBenchArgs(process.argv.slice(2));
  for (const users of args.sizes) await benchOne(users, args.throttleScale);
});

async function benchOne(users: number, scale: number): Promise<void> {
  const backbone = await startTestBackbone({ databasePrefix: 'tc_scan_bench', withEmulator: true, throttleScale: scale });
  try {
    const tenants = new BenchTenants(backbone.emulator.baseUrl, backbone.control.caPem);
    backbone.stoppables.add(await startBenchConnector(backbone.nats.url, tenants), (c) => c.close());
    const tenant = await benchTenant(backbone.control, tenants, users);
    const trips = await measureRoundTrips(backbone.emulator.baseUrl, backbone.control.caPem, tenant);

    const log = process.env.BENCH_SCANNER_LOG ? createWriteStream(process.env.BENCH_SCANNER_LOG) : null;
    const nodeArgs = benchScannerNodeArgs(process.env);
    console.log(`scanner node flags: ${nodeArgs.join(' ') || '(none)'}`);
    const scanner = await startServiceProcess({
      service: 'scanner',
      port: await freePort(),
      nodeArgs,
      env: { ...backbone.env, LOG_LEVEL: log ? 'info' : 'warn' },
      onLine: log ? (line) => log.write(`${line}\n`) : undefined,
    });
    backbone.stoppables.add(scanner, (s) => s.stop());

    const client = backbone.stoppables.add(ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [backbone.nats.url], name: 'bench' } }), (c) => c.close());
    await client.connect();
    const requester = new NatsRequester(client, { service: 'bench', natsUrl: backbone.nats.url, requestTimeoutMs: 30000 });

    // A scanner runs scan after scan: one small scan first, so the measured one does not pay for compiling the code.
    await scanOnce(requester, await benchTenant(backbone.control, tenants, WARM_UP_USERS));
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_SETTLE_MS));
    await backbone.control.resetStats();
    const scan = await scanOnce(requester, tenant);
    const stats = await backbone.control.stats();
    process.stdout.write(`${scanReport({ users, scale, scan, stats, trips, rssMb: peakRssMb(scanner.pid) }).join('\n')}\n`);
    log?.end();
  } finally {
    await backbone.stop();
  }
}

async function benchTenant(control: EmulatorControlClient, tenants: BenchTenants, users: number): Promise<BenchTenant> {
  const generated = await control.createTenant({ generate: { users, seed: 7 } });
  const app = await control.createApp(generated.tenantId, { permissions: REQUIRED_PERMISSIONS.map((p) => p.name) });
  const tenant = { id: randomUUID(), orgId: 'bench-org', directoryTenantId: generated.tenantId, clientId: app.clientId, clientSecret: app.clientSecret };
  tenants.byId.set(tenant.id, tenant);
  return tenant;
}

async function scanOnce(requester: NatsRequester, tenant: BenchTenant): Promise<ScanDto> {
  const started = await requester.request(Subject.StartScan, { orgId: tenant.orgId, actor: 'bench', tenantId: tenant.id, trigger: ScanTrigger.MANUAL });
  return finished(requester, tenant.orgId, started.id);
}

async function finished(requester: NatsRequester, orgId: string, scanId: string): Promise<ScanDto> {
  for (;;) {
    const scan = await requester.request(Subject.GetScan, { orgId, scanId });
    if (TERMINAL_SCAN_STATUSES.includes(scan.status)) return scan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
