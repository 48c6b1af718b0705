import { figure } from './run-built';

export interface LatencyFigures { p50: number | null; p95: number | null; p99: number | null; max: number | null }

/** p50/p95/p99/max in ms from the first line of `text` that matches `prefix`. */
export function latencyOf(text: string, prefix: RegExp): LatencyFigures {
  const line = text.split('\n').find((l) => prefix.test(l)) ?? '';
  const at = (name: string) => figure(line, new RegExp(`${name} ([\\d.]+) ms`));
  return { p50: at('p50'), p95: at('p95'), p99: at('p99'), max: at('max') };
}

export function scanFigures(text: string) {
  return {
    status: text.match(/scan (\w+)/)?.[1] ?? null,
    wallSeconds: figure(text, /wall time: ([\d.]+) s/),
    lowerBoundSeconds: figure(text, /lower bound: ([\d.]+) s/),
    ratioToLowerBound: figure(text, /ratio to lower bound: ([\d.]+)/),
    graphRequests: figure(text, /Graph requests: (\d+)/),
    throttled: figure(text, /429s received: (\d+)/),
    peakScannerRssMb: figure(text, /peak scanner RSS: (\d+) MB/),
  };
}

export function emulatorFigures(text: string) {
  return {
    tenantCreatedMs: figure(text, /created in (\d+) ms/),
    pagesPerSecond: figure(text, /([\d.]+) pages\/s/),
    usersPerSecond: figure(text, /(\d+) users\/s/),
    peakRssMb: figure(text, /peak RSS ([\d.]+) MB/),
  };
}

export function gatewayFigures(text: string) {
  const level = (clients: number) => {
    const line = text.split('\n').find((l) => new RegExp(`^\\s*${clients} clients:`).test(l)) ?? '';
    return { clients, requestsPerSecond: figure(line, /(\d+) req\/s/), latencyMs: latencyOf(line, /./), errors: figure(line, /errors (\d+)/) };
  };
  return {
    dashboard: [1, 16, 64].map(level),
    subscribers: figure(text, /to (\d+) graphql-ws subscribers/),
    delivered: text.match(/delivered (\d+\/\d+)/)?.[1] ?? null,
    deliveryLatencyMs: latencyOf(text, /publish → client delivery/),
  };
}
