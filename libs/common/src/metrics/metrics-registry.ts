import { collectDefaultMetrics, Registry } from 'prom-client';

/** The one registry a service exposes on `/metrics`; every TrueConfig metric is registered here. */
export const metricsRegistry = new Registry();

let processMetricsStarted = false;

/** Labels every series with the service and adds Node's process metrics (CPU, memory, event loop), once. */
export function initProcessMetrics(service: string): void {
  metricsRegistry.setDefaultLabels({ service });
  if (processMetricsStarted) return;
  processMetricsStarted = true;
  collectDefaultMetrics({ register: metricsRegistry });
}
