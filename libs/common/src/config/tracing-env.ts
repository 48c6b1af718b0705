import { z } from 'zod';

/**
 * OpenTelemetry tracing, off unless OTEL_TRACES_EXPORTER says otherwise. The names are the
 * OpenTelemetry SDK's own, so collectors' and platforms' usual settings apply unchanged.
 */
export const tracingEnv = {
  /** none (default: only the no-op API runs) | otlp (OTLP/HTTP JSON) | console (spans printed on stdout). */
  OTEL_TRACES_EXPORTER: z.enum(['none', 'otlp', 'console']).default('none'),
  /** The collector's base URL; spans are POSTed to `<endpoint>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .default('http://localhost:4318')
    .transform((url) => url.replace(/\/+$/, '')),
  /** Unset: `trueconfig-<service>`, so each service shows apart (set it per service, not globally). */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  /** Share of new traces kept (0-1); a request whose caller sampled it is always kept (parent-based). */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').default(1),
};

export const tracingEnvSchema = z.object(tracingEnv);
export type TracingEnv = z.infer<typeof tracingEnvSchema>;
