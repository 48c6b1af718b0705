import { z } from 'zod';
import { natsSecurityEnv } from './nats-security-env';
import { tracingEnv } from './tracing-env';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/trueconfig';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** Variables every service reads. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default(DEFAULT_DATABASE_URL),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NATS_URL: z.string().regex(/^(nats|tls):\/\//, 'must be a nats:// or tls:// URL').default(DEFAULT_NATS_URL),
  NATS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
  HTTP_HOST: z.string().default('127.0.0.1'),
  ...natsSecurityEnv,
  ...tracingEnv,
  /** SIGTERM to exit: readiness goes false, work drains, pools close; past this the process exits anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(25_000),
  /** After readiness turns false and before work stops, so load balancers see it first (Kubernetes: ~5000). */
  SHUTDOWN_READINESS_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;
