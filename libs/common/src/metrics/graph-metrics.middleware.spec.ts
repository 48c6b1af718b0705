import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphMetricsMiddleware } from './graph-metrics.middleware';
import { metricsRegistry } from './metrics-registry';

const answering = (status: number): Middleware => ({
  execute: async (context: Context) => {
    context.response = new Response(null, { status });
  },
});

async function valueOf(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric(name)?.get();
  return metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;
}

describe('GraphMetricsMiddleware', () => {
  it('counts requests by endpoint and status, throttles and retries', async () => {
    const url = 'https://graph.microsoft.com/v1.0/users/8c3d6f4e-1b2a-4c5d-9e8f-0a1b2c3d4e5f?$select=id';
    const endpoint = 'v1.0/users/{id}';
    const throttled = new GraphMetricsMiddleware();
    throttled.setNext(answering(429));
    await throttled.execute({ request: url, options: {} });
    const retried = new GraphMetricsMiddleware();
    retried.setNext(answering(200));
    await retried.execute({ request: url, options: { headers: { 'Retry-Attempt': '1' } } });

    expect(await valueOf('trueconfig_graph_requests_total', { endpoint, status: '429' })).toBe(1);
    expect(await valueOf('trueconfig_graph_requests_total', { endpoint, status: '200' })).toBe(1);
    expect(await valueOf('trueconfig_graph_throttles_total', { endpoint })).toBe(1);
    expect(await valueOf('trueconfig_graph_retries_total', { endpoint })).toBe(1);
  });
});
