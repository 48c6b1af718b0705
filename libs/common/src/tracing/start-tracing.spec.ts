import { ROOT_CONTEXT, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ConsoleSpanExporter } from '@opentelemetry/sdk-trace-base';
import { ConfigError } from '../config/config.error';
import { natsRequestSpan } from './nats-spans';
import { outgoingTraceHeaders } from './nats-trace-headers';
import { currentRequestContext, runWithRequestContext } from './request-context';
import { startTracing, stopTracing } from './start-tracing';
import { traced, TracedWork } from './traced-work';

const caller = { correlationId: 'req-7', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };

describe('startTracing', () => {
  afterEach(() => stopTracing());

  it('is off by default: no SDK, no exporter, no-op spans, and our own traceparent still flows', async () => {
    expect(await startTracing('audit', {})).toEqual({ exporter: 'none' });
    const span = trace.getTracer('t').startSpan('x');
    expect(span.isRecording()).toBe(false);
    const seen = await runWithRequestContext(caller, () =>
      traced(natsRequestSpan('some.subject'), async () => ({ context: currentRequestContext(), headers: outgoingTraceHeaders() })),
    );
    expect(seen.context).toBe(caller);
    expect(seen.headers.get('traceparent')).toBe(`00-${caller.traceId}-${caller.spanId}-01`);
  });

  it('registers the SDK with an OTLP/HTTP exporter and a per-service name when asked, and unregisters it', async () => {
    const status = await startTracing('scanner', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9/' });
    expect(status).toMatchObject({ exporter: 'otlp', serviceName: 'trueconfig-scanner' });
    expect(status.spanExporter).toBeInstanceOf(OTLPTraceExporter);
    expect(trace.getTracer('t').startSpan('x').isRecording()).toBe(true);
    await stopTracing();
    expect(trace.getTracer('t').startSpan('x').isRecording()).toBe(false);
  });

  it('takes OTEL_SERVICE_NAME and the console exporter', async () => {
    const status = await startTracing('gateway', { OTEL_TRACES_EXPORTER: 'console', OTEL_SERVICE_NAME: 'edge-gw' });
    expect(status.serviceName).toBe('edge-gw');
    expect(status.spanExporter).toBeInstanceOf(ConsoleSpanExporter);
  });

  it('samples new traces by ratio but always follows a sampled caller', async () => {
    await startTracing('audit', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_TRACES_SAMPLER_ARG: '0' });
    const root = new TracedWork({ name: 'root', kind: SpanKind.SERVER });
    expect(root.span.isRecording()).toBe(false);
    // Unsampled but real: its ids still reach the logs and the next hop, with the sampled flag off.
    const headers = runWithRequestContext(caller, () => root.run(() => outgoingTraceHeaders()));
    expect(headers.get('traceparent')).toMatch(new RegExp(`^00-${root.span.spanContext().traceId}-[0-9a-f]{16}-00$`));
    const sampledParent = trace.setSpanContext(ROOT_CONTEXT, { ...caller, traceFlags: TraceFlags.SAMPLED, isRemote: true });
    expect(new TracedWork({ name: 'child', kind: SpanKind.SERVER, parent: sampledParent }).span.isRecording()).toBe(true);
  });

  it('refuses bad settings, naming them', async () => {
    await expect(startTracing('audit', { OTEL_TRACES_EXPORTER: 'jaeger' })).rejects.toThrow(ConfigError);
    await expect(startTracing('audit', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).rejects.toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    await expect(startTracing('audit', { OTEL_TRACES_SAMPLER_ARG: '1.5' })).rejects.toThrow(/OTEL_TRACES_SAMPLER_ARG: must be between 0 and 1/);
  });
});
