import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { GraphTracingMiddleware } from './graph-tracing.middleware';
import { traced } from './traced-work';

/** Stands in for the HTTP handler at the end of the Graph client's chain. */
function answering(status: number): Middleware {
  return { execute: async (ctx: Context) => void (ctx.response = new Response(null, { status })), setNext: () => undefined };
}

describe('GraphTracingMiddleware', () => {
  const exported = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exported)] });

  beforeAll(() => provider.register());
  afterEach(() => exported.reset());
  afterAll(async () => {
    await provider.shutdown();
    [trace, context].forEach((api) => api.disable());
  });

  const send = async (status: number, url: string) => {
    const middleware = new GraphTracingMiddleware();
    middleware.setNext(answering(status));
    await traced({ name: 'scan job', kind: SpanKind.CONSUMER }, () => middleware.execute({ request: url, options: { method: 'GET' } }));
  };

  it('gives each Graph call a client span under the scan, named by method and endpoint, with its status', async () => {
    await send(200, 'https://graph.microsoft.com/v1.0/users/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/memberOf?$top=999');
    const [graph, scan] = exported.getFinishedSpans();
    expect(graph.name).toBe('GET v1.0/users/{id}/memberOf');
    expect(graph.kind).toBe(SpanKind.CLIENT);
    expect(graph.parentSpanContext?.spanId).toBe(scan.spanContext().spanId);
    expect(graph.attributes).toMatchObject({ 'http.response.status_code': 200, 'server.address': 'graph.microsoft.com', 'trueconfig.outcome': 'ok' });
    expect(JSON.stringify(graph.attributes)).not.toContain('0b1c2d3e');
  });

  it('marks a throttled or failed call as an error', async () => {
    await send(429, 'https://graph.microsoft.com/v1.0/users');
    const [graph] = exported.getFinishedSpans();
    expect(graph.attributes['http.response.status_code']).toBe(429);
    expect(graph.status.code).toBe(SpanStatusCode.ERROR);
  });
});
