import { performance } from 'node:perf_hooks';
import { LatencyStats, latencyStats } from '../latency-stats';

/** A typical dashboard page: tenants with their latest scan and its results. */
export const DASHBOARD_QUERY = `query Dashboard($first: Int!) {
  tenants(first: $first) {
    edges { cursor node { id displayName status secretExpiresAt lastConnectionTest { ok errorCode }
      latestScan { id status progress finishedAt results { controlId status metric affectedCount } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface LoadResult {
  clients: number;
  requestsPerSecond: number;
  errors: number;
  latency: LatencyStats;
}

/** `clients` closed-loop clients, each sending the next request as soon as the last one answered. */
export async function dashboardLoad(url: string, key: string, clients: number, durationMs: number): Promise<LoadResult> {
  const body = JSON.stringify({ query: DASHBOARD_QUERY, variables: { first: 20 } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const response = await fetch(url, { method: 'POST', headers, body });
      const answer = (await response.json()) as { errors?: unknown[] };
      samples.push(performance.now() - sent);
      if (!response.ok || answer.errors) errors++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsedSeconds = (performance.now() - started) / 1000;
  return { clients, requestsPerSecond: samples.length / elapsedSeconds, errors, latency: latencyStats(samples) };
}
