import { createApiKey, EmulatorControlClient, freePort, startStack, startTestBackbone, workspaceRoot } from '@trueconfig/launcher';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Spread, spreadOf } from '../spread';
import { benchApi } from './bench-api';
import { connectBenchTenants } from './bench-tenants';
import { ScanRound, scanRound } from './scan-round';

const ROUND_TIMEOUT_MS = 300_000;

export interface ThroughputOptions {
  scannerReplicas: number;
  usersPerTenant: number;
  /** Fresh tenants scanned at once per measured round (a tenant's first scan, never a delta). */
  tenantsPerRound: number;
  rounds: number;
  /** Scanned once before the measured rounds and not counted (JIT, pools, caches). */
  warmUpTenants: number;
  log: (line: string) => void;
  /** Where every process's output goes, one file each (BENCH_LOG_DIR), to see why a round was slow. */
  logDir?: string;
}

export interface TenantThroughput {
  scannerReplicas: number;
  usersPerTenant: number;
  tenantsPerRound: number;
  warmUpTenants: number;
  rounds: ScanRound[];
  /** Across the measured rounds. */
  tenantsPerMinute: Spread;
}

/**
 * The whole built stack at Graph's real limits (throttle scale 1), with the product's own defaults
 * (rate limit included): a warm-up round, then `rounds` rounds of fresh tenants, each scanned at once
 * and timed until the last scan of the round finished.
 */
export async function tenantThroughput(options: ThroughputOptions): Promise<TenantThroughput> {
  const backbone = await startTestBackbone({ databasePrefix: 'tc_bench' });
  const stateDir = join(workspaceRoot(), 'tmp', `bench-emulator-${randomBytes(4).toString('hex')}`);
  backbone.stoppables.defer(() => rmSync(stateDir, { recursive: true, force: true }));
  try {
    const ports = { emulator: await freePort(), gateway: await freePort(), connector: await freePort(), scanner: await freePort(), audit: await freePort() };
    const stack = await startStack({ databaseUrl: backbone.db.url, natsUrl: backbone.nats.url, ports, stateDir, logLevel: 'warn', logDir: options.logDir, replicas: { scanner: options.scannerReplicas } });
    backbone.stoppables.add(stack, (s) => s.stop());
    const control = new EmulatorControlClient(stack.emulator.baseUrl, stack.emulator.caCertPath);
    const api = benchApi(stack.gatewayUrl, await createApiKey({ ...stack.env, DATABASE_URL: backbone.db.url }, 'bench-org', 'admin'));
    let seed = 1;
    const round = async (tenants: number) => {
      const tenantIds = await connectBenchTenants(control, api, tenants, options.usersPerTenant, seed);
      seed += tenants;
      return scanRound(api, tenantIds, ROUND_TIMEOUT_MS);
    };
    const warmUp = await round(options.warmUpTenants);
    options.log(`  warm-up: ${warmUp.tenants} tenants in ${warmUp.seconds.toFixed(1)} s (not counted)`);
    const rounds: ScanRound[] = [];
    for (let i = 1; i <= options.rounds; i++) {
      rounds.push(await round(options.tenantsPerRound));
      const r = rounds[rounds.length - 1];
      options.log(`  round ${i}: ${r.tenants} tenants in ${r.seconds.toFixed(1)} s = ${r.tenantsPerMinute.toFixed(1)} tenants/min ${JSON.stringify(r.statuses)}`);
    }
    const { scannerReplicas, usersPerTenant, tenantsPerRound, warmUpTenants } = options;
    return { scannerReplicas, usersPerTenant, tenantsPerRound, warmUpTenants, rounds, tenantsPerMinute: spreadOf(rounds.map((r) => r.tenantsPerMinute)) };
  } finally {
    await backbone.stop();
  }
}
