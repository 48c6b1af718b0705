import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorFigures, scanFigures } from './bench-figures';
import { GatewayBench } from './gateway/gateway-bench';
import { LoadFigures } from './load-sampler';
import { TenantThroughput } from './tenants/tenant-throughput';

export interface BenchReport {
  machine: { date: string; nproc: number; cpu: string; memoryGb: number; node: string; platform: string; load: LoadFigures };
  tenantThroughput: TenantThroughput[];
  largeTenant: { users: number; throttleScale: number } & ReturnType<typeof scanFigures>;
  emulator: { users: number } & ReturnType<typeof emulatorFigures>;
  gateway: GatewayBench;
}

const n = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '?' : value.toFixed(digits));

export function writeBenchReport(dir: string, report: BenchReport): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown(report));
}

function outcomes(t: TenantThroughput): string {
  const totals: Record<string, number> = {};
  for (const round of t.rounds) for (const [status, count] of Object.entries(round.statuses)) totals[status] = (totals[status] ?? 0) + count;
  return Object.entries(totals).map(([status, count]) => `${count} ${status}`).join(', ');
}

function markdown(r: BenchReport): string {
  const m = r.machine;
  const g = r.gateway;
  return [
    '# Latest benchmark (`npm run bench`)',
    '',
    `Run ${m.date} on ${m.nproc} × ${m.cpu}, ${m.memoryGb} GB RAM, Node ${m.node} (${m.platform}). Generated — do not edit.`,
    '',
    `Machine load (1-minute average, the stack under test included) during the run: mean ${m.load.mean}, max ${m.load.max} on ${m.nproc} cores. ` +
      'Well above the core count, other work shared the CPUs and the figures below are low.',
    '',
    '## Tenants scanned per minute (whole stack, Graph limits at scale 1)',
    '',
    'Each round scans fresh tenants all at once and lasts until its last scan finished; a warm-up round runs first and is not counted.',
    '',
    '| scanner replicas | users/tenant | rounds × tenants | tenants/min (median) | min – max | each round (s) | scan outcomes |',
    '|---|---|---|---|---|---|---|',
    ...r.tenantThroughput.map((t) =>
      `| ${t.scannerReplicas} | ${t.usersPerTenant} | ${t.rounds.length} × ${t.tenantsPerRound} | ${n(t.tenantsPerMinute.median)} | ${n(t.tenantsPerMinute.min)} – ${n(t.tenantsPerMinute.max)} | ` +
      `${t.rounds.map((round) => n(round.seconds)).join(', ')} | ${outcomes(t)} |`),
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
    ...g.dashboard.map((d) => `| ${d.clients} | ${d.requestsPerSecond.toFixed(0)} | ${n(d.latency.p50, 2)} ms | ${n(d.latency.p95, 2)} ms | ${n(d.latency.p99, 2)} ms | ${d.errors} |`),
    '',
    `Subscriber delivery: ${g.fanout.subscribers} graphql-ws subscribers, delivered ${g.fanout.delivered}/${g.fanout.subscribers * g.fanout.events}, ` +
      `NATS publish → client p50 ${n(g.fanout.latency.p50, 2)} ms, p95 ${n(g.fanout.latency.p95, 2)} ms, p99 ${n(g.fanout.latency.p99, 2)} ms.`,
    '',
  ].join('\n');
}
