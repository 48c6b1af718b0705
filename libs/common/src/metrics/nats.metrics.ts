import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

/** Seconds: NATS round trips here take about half a millisecond; a slow one is a timeout in waiting. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** `outcome` is `ok`, an `ErrorCode` (e.g. SERVICE_UNAVAILABLE) or `error`. */
export const natsClientRequestsTotal = new Counter({
  name: 'trueconfig_nats_client_requests_total',
  help: 'NATS requests this process sent, by subject and outcome.',
  labelNames: ['subject', 'outcome'],
  registers: [metricsRegistry],
});

export const natsClientRequestDuration = new Histogram({
  name: 'trueconfig_nats_client_request_duration_seconds',
  help: 'Round-trip time of NATS requests this process sent, by subject and outcome.',
  labelNames: ['subject', 'outcome'],
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const natsHandledMessagesTotal = new Counter({
  name: 'trueconfig_nats_handled_messages_total',
  help: 'NATS messages this process handled, by subject and outcome.',
  labelNames: ['subject', 'outcome'],
  registers: [metricsRegistry],
});

export const natsHandlerDuration = new Histogram({
  name: 'trueconfig_nats_handler_duration_seconds',
  help: 'Time this process spent handling NATS messages, by subject and outcome.',
  labelNames: ['subject', 'outcome'],
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export function recordNatsClientRequest(subject: string, outcome: string, seconds: number): void {
  natsClientRequestsTotal.inc({ subject, outcome });
  natsClientRequestDuration.observe({ subject, outcome }, seconds);
}

export function recordNatsHandledMessage(subject: string, outcome: string, seconds: number): void {
  natsHandledMessagesTotal.inc({ subject, outcome });
  natsHandlerDuration.observe({ subject, outcome }, seconds);
}
