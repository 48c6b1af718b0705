import { Counter, Histogram } from 'prom-client';
import { graphEndpointLabel } from './graph-endpoint-label';
import { metricsRegistry } from './metrics-registry';

export const graphRequestsTotal = new Counter({
  name: 'trueconfig_graph_requests_total',
  help: 'Microsoft Graph (and Entra token) requests, by endpoint and HTTP status (0: no answer).',
  labelNames: ['endpoint', 'status'],
  registers: [metricsRegistry],
});

export const graphRequestDuration = new Histogram({
  name: 'trueconfig_graph_request_duration_seconds',
  help: 'Duration of Microsoft Graph requests, by endpoint.',
  labelNames: ['endpoint'],
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [metricsRegistry],
});

export const graphThrottlesTotal = new Counter({
  name: 'trueconfig_graph_throttles_total',
  help: 'Microsoft Graph answers of 429 (throttled), by endpoint.',
  labelNames: ['endpoint'],
  registers: [metricsRegistry],
});

export const graphRetriesTotal = new Counter({
  name: 'trueconfig_graph_retries_total',
  help: 'Microsoft Graph requests sent again after a throttle or a transient failure, by endpoint.',
  labelNames: ['endpoint'],
  registers: [metricsRegistry],
});

/** One Graph request that got an answer (or none: status 0). A 429 also counts as a throttle. */
export function recordGraphRequest(urlOrPath: string, status: number, durationMs: number): void {
  const endpoint = graphEndpointLabel(urlOrPath);
  graphRequestsTotal.inc({ endpoint, status: String(status) });
  graphRequestDuration.observe({ endpoint }, durationMs / 1000);
  if (status === 429) graphThrottlesTotal.inc({ endpoint });
}

/** A request about to be sent again (by the Graph client's RetryHandler or by our own backoff). */
export function recordGraphRetry(urlOrPath: string): void {
  graphRetriesTotal.inc({ endpoint: graphEndpointLabel(urlOrPath) });
}
