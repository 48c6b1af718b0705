import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  SimpleSpanProcessor,
  SpanExporter,
  SpanProcessor,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { hostname } from 'node:os';
import { TracingEnv } from '../config/tracing-env';

export interface TracerProviderHandle {
  exporter: SpanExporter;
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry SDK, registered globally: spans of the `@opentelemetry/api` calls become real,
 * the active span follows async work (AsyncLocalStorage), and W3C `traceparent` is the propagator.
 * Loaded only when an exporter is configured (startTracing imports this file lazily).
 */
export function registerTracerProvider(settings: TracingEnv, serviceName: string): TracerProviderHandle {
  const exporter = settings.OTEL_TRACES_EXPORTER === 'otlp' ? new OTLPTraceExporter({ url: `${settings.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` }) : new ConsoleSpanExporter();
  // Console output is for a developer watching one process: print each span as it ends.
  const processor: SpanProcessor = exporter instanceof ConsoleSpanExporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName, 'service.namespace': 'trueconfig', 'service.instance.id': `${hostname()}:${process.pid}` }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.OTEL_TRACES_SAMPLER_ARG) }),
    spanProcessors: [processor],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return { exporter, shutdown: () => provider.shutdown() };
}
