import { context, propagation } from '@opentelemetry/api';
import { headers, MsgHdrs } from 'nats';
import { acceptCorrelationId, CORRELATION_HEADER, TRACEPARENT_HEADER } from './correlation-id';
import { currentRequestContext, newRequestContext, RequestContext } from './request-context';
import { natsHeaderSetter } from './nats-header-carrier';
import { formatTraceparent, parseTraceparent, randomSpanId } from './traceparent';

/**
 * Headers for an outgoing NATS message: the current correlation id (a new one outside any request) and
 * a `traceparent` naming the current span as parent. With OpenTelemetry on, its
 * propagator then writes the active span's own `traceparent` (and `tracestate`, sampling flag) over it.
 */
export function outgoingTraceHeaders(): MsgHdrs {
  const current = currentRequestContext();
  const out = headers();
  out.set(CORRELATION_HEADER, (current ?? newRequestContext()).correlationId);
  // Outside any request (a scheduler tick) there is no span to name as parent: the receiver starts the trace.
  if (current) out.set(TRACEPARENT_HEADER, formatTraceparent(current.traceId, current.spanId));
  propagation.inject(context.active(), out, natsHeaderSetter);
  return out;
}

/** The context a received message runs in: the caller's trace continues with a span of our own. */
export function contextFromHeaders(received: MsgHdrs | undefined): RequestContext {
  const correlationId = acceptCorrelationId(received?.get(CORRELATION_HEADER) || undefined);
  const parent = parseTraceparent(received?.get(TRACEPARENT_HEADER) || undefined);
  const fresh = newRequestContext(correlationId);
  return parent ? { ...fresh, traceId: parent.traceId, spanId: randomSpanId() } : fresh;
}
