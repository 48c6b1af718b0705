import { propagation, ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { TracedWork } from '@trueconfig/common';
import { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Around each GraphQL-over-HTTP request, once its body is parsed: a server span (child of the
 * caller's `traceparent`, if any) that is active while Apollo runs the operation, so every NATS
 * request a resolver makes is its child. The Apollo plugin names it after the operation.
 */
export function graphqlSpanMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const work = new TracedWork({
    name: 'graphql',
    kind: SpanKind.SERVER,
    parent: propagation.extract(ROOT_CONTEXT, req.headers),
    attributes: { 'http.request.method': req.method ?? 'POST' },
  });
  const end = () => {
    work.span.setAttribute('http.response.status_code', res.statusCode);
    work.end(res.statusCode >= 500 ? new Error(`HTTP ${res.statusCode}`) : undefined);
  };
  res.once('finish', end);
  res.once('close', end);
  work.run(next);
}
