import { IncomingMessage, ServerResponse } from 'node:http';
import { acceptCorrelationId, CORRELATION_HEADER, TRACEPARENT_HEADER } from './correlation-id';
import { newRequestContext, runWithRequestContext } from './request-context';
import { parseTraceparent, randomSpanId } from './traceparent';

/**
 * HTTP middleware (Express-style): every request runs in a context whose correlation id is the
 * caller's `x-correlation-id` (or a new one) and is echoed back, so a client can quote it to support.
 */
export function correlationMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const fresh = newRequestContext(acceptCorrelationId(req.headers[CORRELATION_HEADER]));
  const parent = parseTraceparent(firstHeader(req.headers[TRACEPARENT_HEADER]));
  const context = parent ? { ...fresh, traceId: parent.traceId, spanId: randomSpanId() } : fresh;
  res.setHeader(CORRELATION_HEADER, context.correlationId);
  runWithRequestContext(context, next);
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
