import { context, propagation, trace } from '@opentelemetry/api';
import { loadConfig } from '../config/load-config';
import { tracingEnvSchema } from '../config/tracing-env';
import type { TracerProviderHandle } from './tracer-provider';

export interface TracingStatus {
  exporter: 'none' | 'otlp' | 'console';
  serviceName?: string;
  /** The SDK's exporter; undefined when tracing is off (no SDK is loaded at all). */
  spanExporter?: TracerProviderHandle['exporter'];
}

let running: TracerProviderHandle | undefined;

/**
 * Turns OpenTelemetry tracing on for this process when OTEL_TRACES_EXPORTER is `otlp` or `console`.
 * Off (the default), the SDK is never loaded: spans are the API's no-op ones and the log correlation
 * ids come from our own W3C traceparent handling alone. Call once, before the app is created.
 */
export async function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Promise<TracingStatus> {
  const settings = loadConfig(tracingEnvSchema, env);
  if (settings.OTEL_TRACES_EXPORTER === 'none') return { exporter: 'none' };
  const serviceName = settings.OTEL_SERVICE_NAME ?? `trueconfig-${service}`;
  await stopTracing();
  // Required here, not imported at the top: a process with tracing off never loads the SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./tracer-provider') as typeof import('./tracer-provider');
  const provider = sdk.registerTracerProvider(settings, serviceName);
  running = provider;
  return { exporter: settings.OTEL_TRACES_EXPORTER, serviceName, spanExporter: provider.exporter };
}

/** Exports the spans still buffered and unregisters the SDK (graceful shutdown calls it; no-op when off). */
export async function stopTracing(): Promise<void> {
  const stopping = running;
  if (!stopping) return;
  running = undefined;
  await stopping.shutdown().catch(() => undefined);
  trace.disable();
  context.disable();
  propagation.disable();
}
