import { headers, MsgHdrs } from 'nats';
import { acceptCorrelationId, CORRELATION_HEADER, TRACEPARENT_HEADER } from './correlation-id';
import { currentRequestContext, newRequestContext, RequestContext } from './request-context';
import { formatTraceparent, parseTraceparent, randomSpanId } from './traceparent';

/**
 * Headers for an outgoing NATS message: the current correlation id and a `traceparent` naming the
 * current span as parent (a new trace when there is no current request).
 */
export function outgoingTraceHeaders(): MsgHdrs {
  const context = currentRequestContext() ?? newRequestContext();
  const out = headers();
  out.set(CORRELATION_HEADER, context.correlationId);
  out.set(TRACEPARENT_HEADER, formatTraceparent(context.traceId, context.spanId));
  return out;
}

/** The context a received message runs in: the caller's trace continues with a span of our own. */
export function contextFromHeaders(received: MsgHdrs | undefined): RequestContext {
  const correlationId = acceptCorrelationId(received?.get(CORRELATION_HEADER) || undefined);
  const parent = parseTraceparent(received?.get(TRACEPARENT_HEADER) || undefined);
  const fresh = newRequestContext(correlationId);
  return parent ? { ...fresh, traceId: parent.traceId, spanId: randomSpanId() } : fresh;
}
