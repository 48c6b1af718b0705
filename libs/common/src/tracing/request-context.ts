import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { randomSpanId, randomTraceId } from './traceparent';

/** What follows one request from the gateway through NATS into every log line it causes. */
export interface RequestContext {
  correlationId: string;
  traceId: string;
  spanId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** A fresh context: a new trace whose correlation id is the given one or a new UUID. */
export function newRequestContext(correlationId?: string): RequestContext {
  return { correlationId: correlationId ?? randomUUID(), traceId: randomTraceId(), spanId: randomSpanId() };
}

/** Fields pino adds to every line logged inside a request (pino's `mixin`). */
export function requestContextLogFields(): Record<string, string> {
  const context = storage.getStore();
  return context ? { correlationId: context.correlationId, traceId: context.traceId, spanId: context.spanId } : {};
}
