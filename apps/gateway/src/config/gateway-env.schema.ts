import { baseEnvSchema, port } from '@trueconfig/common';
import { z } from 'zod';

export const gatewayEnvSchema = baseEnvSchema.extend({
  GATEWAY_PORT: port(4000),
  /** Unset: on everywhere but production. */
  GRAPHQL_INTROSPECTION: z.stringbool().optional(),
  /** Largest JSON body the GraphQL endpoint accepts. */
  GRAPHQL_MAX_BODY: z.string().regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb').default('100kb'),
  /** Deepest selection nesting a document may have (fragments followed). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  /** Highest estimated cost of one operation: a field costs 1, a connection multiplies its nodes by `first`. */
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(1_000_000).default(5000),
  /** Per API key, per gateway replica (token bucket in memory): sustained requests per minute... */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  /** ...and how many may come at once after a quiet spell. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Most rows one audit-log export returns (the audit service caps it too). */
  AUDIT_EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(10_000),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function introspectionEnabled(config: Pick<GatewayEnv, 'GRAPHQL_INTROSPECTION' | 'NODE_ENV'>): boolean {
  return config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
}
