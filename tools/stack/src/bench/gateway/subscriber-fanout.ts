import { scanProgressSubject, ScanStatus } from '@trueconfig/common';
import { Client, createClient } from 'graphql-ws';
import { NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { LatencyStats, latencyStats } from '../latency-stats';

const WARM_UP = 'warm-up';
const EVENT_INTERVAL_MS = 250;
const SUBSCRIPTION = 'subscription($t: ID) { scanProgress(tenantId: $t) { scanId percent message } }';

export interface FanoutResult {
  subscribers: number;
  events: number;
  delivered: number;
  /** Subscribers that were receiving events when the measurement started. */
  ready: number;
  latency: LatencyStats;
}

/**
 * `subscribers` graphql-ws clients (one socket each) follow a tenant's scan progress; events are
 * published on NATS as the scanner does, stamped with the send time, and timed on arrival.
 */
export async function subscriberFanout(wsUrl: string, key: string, nc: NatsConnection, target: { orgId: string; tenantId: string }, subscribers: number, events: number): Promise<FanoutResult> {
  const origin = performance.timeOrigin;
  const samples: number[] = [];
  const clients: Client[] = [];
  let ready = 0;
  const warmed = new Set<number>();
  for (let i = 0; i < subscribers; i++) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, lazy: true, retryAttempts: 0 });
    clients.push(client);
    client.subscribe<{ scanProgress: { message: string } }>({ query: SUBSCRIPTION, variables: { t: target.tenantId } }, {
      next: (result) => {
        const message = result.data?.scanProgress.message;
        if (message === WARM_UP) warmed.add(i);
        else samples.push(origin + performance.now() - Number(message));
      },
      error: () => undefined,
      complete: () => undefined,
    });
    client.on('connected', () => ready++);
  }
  while (ready < subscribers) await new Promise((resolve) => setTimeout(resolve, 50));
  const scanId = randomUUID();
  const publish = (message: string) => {
    const event = { orgId: target.orgId, scanId, tenantId: target.tenantId, phase: 'bench', percent: 1, status: ScanStatus.RUNNING, message, at: new Date().toISOString() };
    nc.publish(scanProgressSubject(target.tenantId, scanId), JSON.stringify(event));
  };
  // Each subscription is authorised (key and tenant look-ups) after its socket connects: measure only
  // once every subscriber has received a warm-up event.
  const deadline = Date.now() + 60_000;
  while (warmed.size < subscribers && Date.now() < deadline) {
    publish(WARM_UP);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (let n = 0; n < events; n++) {
    publish(String(origin + performance.now()));
    await new Promise((resolve) => setTimeout(resolve, EVENT_INTERVAL_MS));
  }
  await deliveriesSettled(() => samples.length, subscribers * events);
  await Promise.all(clients.map((client) => client.dispose()));
  return { subscribers, events, delivered: samples.length, latency: latencyStats(samples), ready: warmed.size };
}

/** Until every event arrived, or a second passed without one more: on a loaded machine delivery lags. */
async function deliveriesSettled(delivered: () => number, expected: number): Promise<void> {
  let last = -1;
  while (delivered() < expected && delivered() !== last) {
    last = delivered();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
