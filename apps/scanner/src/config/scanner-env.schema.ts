import { baseEnvSchema, port } from '@trueconfig/common';
import { z } from 'zod';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';

export const scannerEnvSchema = baseEnvSchema.extend({
  SCANNER_PORT: port(4002),
  /** The Graph client sends bearer tokens over https only, so plain http is refused here rather than failing every read. */
  GRAPH_BASE_URL: z
    .string()
    .url()
    .regex(/^https:\/\//, 'must be an https:// URL')
    .default(DEFAULT_GRAPH_BASE_URL)
    .transform((url) => url.replace(/\/+$/, '')),
  /** Scans one replica runs at once (each pulls its own job from the shared durable consumer). */
  SCANNER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Datasets one scan reads at once: the per-tenant limit, since a tenant has one scan at a time. */
  SCAN_DATASET_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(4),
  /** JetStream ack wait: a job whose worker stops heartbeating this long is redelivered to another replica. */
  SCAN_ACK_WAIT_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  /** How often a job waiting behind a tenant's running scan is looked at again. */
  SCAN_QUEUE_RETRY_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** The scanner's own backoff after the Graph client's retries: full jitter under base × 2^attempt. */
  GRAPH_RETRY_BASE_MS: z.coerce.number().int().min(1).max(60_000).default(1000),
  /**
   * Throttling is waited out (as each 429's Retry-After asks) until this long after the scan started; a
   * read still throttled then is given up and its dataset reported unavailable. 5xx keep bounded retries.
   */
  SCAN_THROTTLE_DEADLINE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(120),
  /** How often each replica looks for due schedules. */
  SCHEDULER_TICK_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** The shortest schedule interval accepted; lowered only by tests. */
  SCHEDULER_MIN_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** Multiplies every Graph budget the scanner paces to; matches the emulator's --throttle-scale in tests and benchmarks. */
  GRAPH_LIMIT_SCALE: z.coerce.number().positive().max(1_000_000).default(1),
  /**
   * users/delta cannot return signInActivity: delta scans reuse the replica's last full read of it while it
   * is younger than this, then read it in full again (a manual full scan always does).
   */
  SIGN_IN_ACTIVITY_MAX_AGE_HOURS: z.coerce.number().min(0).max(24 * 30).default(24),
});

export type ScannerEnv = z.infer<typeof scannerEnvSchema>;

export const SCANNER_CONFIG = Symbol('SCANNER_CONFIG');
