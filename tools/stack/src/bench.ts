import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { runMain } from '@trueconfig/common';
import { workspaceRoot } from '@trueconfig/launcher';
import { cpus, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { emulatorFigures, scanFigures } from './bench/bench-figures';
import { writeBenchReport } from './bench/bench-report';
import { gatewayBench } from './bench/gateway/gateway-bench';
import { startLoadSampler } from './bench/load-sampler';
import { runBuilt } from './bench/run-built';
import { tenantThroughput, TenantThroughput } from './bench/tenants/tenant-throughput';

const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const log = (text: string) => process.stdout.write(`${text}\n`);

/**
 * `npm run bench`: whole-stack tenant throughput with 1 and 2 scanner replicas, then the scan, emulator
 * and gateway benchmarks, sized for a small machine (BENCH_* variables scale them), written to
 * docs/bench/latest.json and latest.md.
 */
runMain(async () => {
  Logger.overrideLogger(['error', 'warn']);
  const tenantsPerRound = numberFrom('BENCH_TENANTS', 50);
  const rounds = numberFrom('BENCH_ROUNDS', 5);
  const warmUpTenants = numberFrom('BENCH_WARMUP_TENANTS', 20);
  const usersPerTenant = numberFrom('BENCH_USERS_PER_TENANT', 100);
  const largeUsers = numberFrom('BENCH_LARGE_USERS', 100_000);
  const throttleScale = numberFrom('BENCH_THROTTLE_SCALE', 50);
  const emulatorUsers = numberFrom('BENCH_EMULATOR_USERS', 100_000);
  const gatewaySeconds = numberFrom('BENCH_SECONDS', 3);
  const machineLoad = startLoadSampler();

  const throughput: TenantThroughput[] = [];
  for (const scannerReplicas of [1, 2]) {
    log(`== tenant throughput, ${scannerReplicas} scanner replica(s): ${warmUpTenants} warm-up tenants, then ${rounds} rounds of ${tenantsPerRound} tenants of ${usersPerTenant} users`);
    throughput.push(await tenantThroughput({ scannerReplicas, usersPerTenant, tenantsPerRound, rounds, warmUpTenants, log, logDir: process.env.BENCH_LOG_DIR }));
  }
  log(`== scan bench: ${largeUsers} users at throttle scale ${throttleScale}`);
  const scan = await runBuilt('tools/stack', 'bench/scan/scan.bench.js', ['--users', String(largeUsers), '--throttle-scale', String(throttleScale)]);
  log(scan);
  log(`== emulator bench: ${emulatorUsers} users`);
  const emulator = await runBuilt('apps/graph-emulator', 'bench/emulator.bench.js', ['--users', String(emulatorUsers)]);
  log(emulator);
  log(`== gateway bench: ${gatewaySeconds} s per level`);
  const gateway = await gatewayBench(gatewaySeconds, log);

  const dir = join(workspaceRoot(), 'docs/bench');
  writeBenchReport(dir, {
    machine: {
      date: new Date().toISOString(), nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: platform(),
      load: machineLoad(),
    },
    tenantThroughput: throughput,
    largeTenant: { users: largeUsers, throttleScale, ...scanFigures(scan) },
    emulator: { users: emulatorUsers, ...emulatorFigures(emulator) },
    gateway,
  });
  log(`report: ${join(dir, 'latest.json')} and latest.md`);
});
