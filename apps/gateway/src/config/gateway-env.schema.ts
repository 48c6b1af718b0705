import { baseEnvSchema, port } from '@trueconfig/common';
import { z } from 'zod';

export const gatewayEnvSchema = baseEnvSchema.extend({
  GATEWAY_PORT: port(4000),
  /** Unset: on everywhere but production. */
  GRAPHQL_INTROSPECTION: z.stringbool().optional(),
  /** Largest JSON body the GraphQL endpoint accepts. */
  GRAPHQL_MAX_BODY: z.string().regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb').default('100kb'),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function introspectionEnabled(config: Pick<GatewayEnv, 'GRAPHQL_INTROSPECTION' | 'NODE_ENV'>): boolean {
  return config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
}
