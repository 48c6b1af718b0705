import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorFigures, gatewayFigures, scanFigures } from './bench-figures';
import { TenantThroughput } from './tenant-throughput';

export interface BenchReport {
  machine: { date: string; nproc: number; cpu: string; memoryGb: number; node: string; platform: string };
  tenantThroughput: TenantThroughput[];
  largeTenant: { users: number; throttleScale: number } & ReturnType<typeof scanFigures>;
  emulator: { users: number } & ReturnType<typeof emulatorFigures>;
  gateway: { secondsPerLevel: number } & ReturnType<typeof gatewayFigures>;
}

const n = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '?' : value.toFixed(digits));

export function writeBenchReport(dir: string, report: BenchReport): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown(report));
}

function markdown(r: BenchReport): string {
  const m = r.machine;
  const g = r.gateway;
  return [
    '# Latest benchmark (`npm run bench`)',
    '',
    `Run ${m.date} on ${m.nproc} × ${m.cpu}, ${m.memoryGb} GB RAM, Node ${m.node} (${m.platform}). Generated — do not edit.`,
    '',
    '## Tenants scanned per minute (whole stack, Graph limits at scale 1)',
    '',
    '| scanner replicas | tenants | users/tenant | wall time | tenants/min | succeeded |',
    '|---|---|---|---|---|---|',
    ...r.tenantThroughput.map((t) => `| ${t.scannerReplicas} | ${t.tenants} | ${t.usersPerTenant} | ${n(t.seconds)} s | ${n(t.tenantsPerMinute)} | ${t.succeeded} |`),
    '',
    `## A ${r.largeTenant.users.toLocaleString('en-US')}-user tenant (throttle scale ${r.largeTenant.throttleScale})`,
    '',
    `Scan ${r.largeTenant.status}: ${n(r.largeTenant.wallSeconds, 2)} s against a lower bound of ${n(r.largeTenant.lowerBoundSeconds, 2)} s (ratio ${n(r.largeTenant.ratioToLowerBound, 2)}), ` +
      `${r.largeTenant.graphRequests ?? '?'} Graph requests, ${r.largeTenant.throttled ?? '?'} × 429, peak scanner RSS ${r.largeTenant.peakScannerRssMb ?? '?'} MB.`,
    '',
    `## Emulator (${r.emulator.users.toLocaleString('en-US')} users listed page by page)`,
    '',
    `${n(r.emulator.pagesPerSecond)} pages/s, ${r.emulator.usersPerSecond ?? '?'} users/s, peak RSS ${n(r.emulator.peakRssMb)} MB (tenant generated in ${r.emulator.tenantCreatedMs ?? '?'} ms).`,
    '',
    `## Gateway (dashboard query, ${g.secondsPerLevel} s per level)`,
    '',
    '| clients | req/s | p50 | p95 | p99 | errors |',
    '|---|---|---|---|---|---|',
    ...g.dashboard.map((d) => `| ${d.clients} | ${d.requestsPerSecond ?? '?'} | ${n(d.latencyMs.p50, 2)} ms | ${n(d.latencyMs.p95, 2)} ms | ${n(d.latencyMs.p99, 2)} ms | ${d.errors ?? '?'} |`),
    '',
    `Subscriber delivery: ${g.subscribers ?? '?'} graphql-ws subscribers, delivered ${g.delivered ?? '?'}, NATS publish → client p50 ${n(g.deliveryLatencyMs.p50, 2)} ms, p95 ${n(g.deliveryLatencyMs.p95, 2)} ms, p99 ${n(g.deliveryLatencyMs.p99, 2)} ms.`,
    '',
  ].join('\n');
}
