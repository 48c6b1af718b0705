import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code.enum';
import { natsHandlerSpan, natsRequestSpan } from './nats-spans';
import { outgoingTraceHeaders } from './nats-trace-headers';
import { currentRequestContext, runWithRequestContext } from './request-context';
import { markSpanFailed, traced, TracedWork } from './traced-work';

describe('traced work with the SDK on', () => {
  const exported = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exported)] });
  const spanNamed = (name: string) => exported.getFinishedSpans().find((span) => span.name === name)!;

  beforeAll(() => provider.register({ propagator: new W3CTraceContextPropagator() }));
  afterEach(() => exported.reset());
  afterAll(async () => {
    await provider.shutdown();
    [trace, context, propagation].forEach((api) => api.disable());
  });

  it('carries a NATS request’s client span to the handler, whose server span is its child, and logs their ids', async () => {
    const caller = { correlationId: 'req-9', traceId: 'f'.repeat(32), spanId: 'e'.repeat(16) };
    const headers = await runWithRequestContext(caller, () => traced(natsRequestSpan('tenant.get'), async () => outgoingTraceHeaders()));
    const client = spanNamed('send tenant.get');
    expect(client.kind).toBe(SpanKind.CLIENT);
    expect(headers.get('traceparent')).toBe(`00-${client.spanContext().traceId}-${client.spanContext().spanId}-01`);
    expect(headers.get('x-correlation-id')).toBe('req-9');

    const handler = new TracedWork(natsHandlerSpan('tenant.get', headers));
    const logged = runWithRequestContext(caller, () => handler.run(() => currentRequestContext()));
    handler.end();
    const server = spanNamed('process tenant.get');
    expect(server.kind).toBe(SpanKind.SERVER);
    expect(server.spanContext().traceId).toBe(client.spanContext().traceId);
    expect(server.parentSpanContext?.spanId).toBe(client.spanContext().spanId);
    expect(logged).toEqual({ correlationId: 'req-9', traceId: server.spanContext().traceId, spanId: server.spanContext().spanId });
    expect(server.attributes).toMatchObject({ 'messaging.system': 'nats', 'messaging.destination.name': 'tenant.get', 'trueconfig.outcome': 'ok' });
  });

  it('makes the span active for nested work, so inner spans are its children', async () => {
    await traced({ name: 'outer', kind: SpanKind.INTERNAL }, () => traced({ name: 'inner', kind: SpanKind.INTERNAL }, async () => undefined));
    expect(spanNamed('inner').parentSpanContext?.spanId).toBe(spanNamed('outer').spanContext().spanId);
  });

  it('ends a failed span with the error code as outcome and no error message', async () => {
    const failure = new AppError(ErrorCode.TENANT_NOT_FOUND, 'secret-ish detail');
    await expect(traced({ name: 'failing', kind: SpanKind.CLIENT }, () => Promise.reject(failure))).rejects.toBe(failure);
    const span = spanNamed('failing');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: ErrorCode.TENANT_NOT_FOUND });
    expect(span.attributes['trueconfig.outcome']).toBe(ErrorCode.TENANT_NOT_FOUND);
    expect(JSON.stringify(span.events)).not.toContain('secret-ish');
  });

  it('keeps an outcome marked from outside when the work itself ends without an exception', () => {
    const work = new TracedWork({ name: 'answered-with-errors', kind: SpanKind.SERVER });
    markSpanFailed(work.span, ErrorCode.FORBIDDEN);
    work.end();
    expect(spanNamed('answered-with-errors').attributes['trueconfig.outcome']).toBe(ErrorCode.FORBIDDEN);
  });
});
