import { runMain } from '@trueconfig/common';
import { workspaceRoot } from '@trueconfig/launcher';
import { cpus, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { emulatorFigures, gatewayFigures, scanFigures } from './bench/bench-figures';
import { writeBenchReport } from './bench/bench-report';
import { runBuilt } from './bench/run-built';
import { tenantThroughput } from './bench/tenant-throughput';

const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * `npm run bench`: the emulator, scan and gateway benchmarks plus whole-stack tenant throughput with 1
 * and 2 scanner replicas, sized for a small machine (BENCH_* variables scale them up), written to
 * docs/bench/latest.json and latest.md.
 */
runMain(async () => {
  const tenants = numberFrom('BENCH_TENANTS', 12);
  const usersPerTenant = numberFrom('BENCH_USERS_PER_TENANT', 100);
  const largeUsers = numberFrom('BENCH_LARGE_USERS', 100_000);
  const throttleScale = numberFrom('BENCH_THROTTLE_SCALE', 50);
  const emulatorUsers = numberFrom('BENCH_EMULATOR_USERS', 100_000);
  const gatewaySeconds = numberFrom('BENCH_SECONDS', 3);
  const log = (text: string) => process.stdout.write(`${text}\n`);

  log(`== tenant throughput: ${tenants} tenants of ${usersPerTenant} users, 1 then 2 scanner replicas`);
  const throughput = [await tenantThroughput(1, tenants, usersPerTenant), await tenantThroughput(2, tenants, usersPerTenant)];
  throughput.forEach((t) => log(`  ${t.scannerReplicas} replica(s): ${t.tenantsPerMinute.toFixed(1)} tenants/min (${t.succeeded}/${t.tenants} succeeded in ${t.seconds.toFixed(1)} s)`));
  log(`== scan bench: ${largeUsers} users at throttle scale ${throttleScale}`);
  const scan = await runBuilt('apps/scanner', 'bench/scan.bench.js', ['--users', String(largeUsers), '--throttle-scale', String(throttleScale)]);
  log(scan);
  log(`== emulator bench: ${emulatorUsers} users`);
  const emulator = await runBuilt('apps/graph-emulator', 'bench/emulator.bench.js', ['--users', String(emulatorUsers)]);
  log(emulator);
  log(`== gateway bench: ${gatewaySeconds} s per level`);
  const gateway = await runBuilt('apps/gateway', 'bench/gateway.bench.js', [], { BENCH_SECONDS: String(gatewaySeconds) });
  log(gateway);

  const dir = join(workspaceRoot(), 'docs/bench');
  writeBenchReport(dir, {
    machine: { date: new Date().toISOString(), nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: platform() },
    tenantThroughput: throughput,
    largeTenant: { users: largeUsers, throttleScale, ...scanFigures(scan) },
    emulator: { users: emulatorUsers, ...emulatorFigures(emulator) },
    gateway: { secondsPerLevel: gatewaySeconds, ...gatewayFigures(gateway) },
  });
  log(`report: ${join(dir, 'latest.json')} and latest.md`);
});
