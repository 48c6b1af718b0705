import { ConfigError, loadConfig } from '@trueconfig/common';
import { gatewayEnvSchema, introspectionEnabled } from './gateway-env.schema';

describe('gateway configuration', () => {
  it('defaults to port 4000 with introspection on outside production', () => {
    const config = loadConfig(gatewayEnvSchema, {});
    expect(config.GATEWAY_PORT).toBe(4000);
    expect(config.GRAPHQL_MAX_BODY).toBe('100kb');
    expect(introspectionEnabled(config)).toBe(true);
    expect(introspectionEnabled(loadConfig(gatewayEnvSchema, { NODE_ENV: 'production' }))).toBe(false);
  });

  it('lets GRAPHQL_INTROSPECTION decide when set', () => {
    expect(introspectionEnabled(loadConfig(gatewayEnvSchema, { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }))).toBe(true);
    expect(introspectionEnabled(loadConfig(gatewayEnvSchema, { GRAPHQL_INTROSPECTION: 'false' }))).toBe(false);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig(gatewayEnvSchema, { GATEWAY_PORT: '99999', GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig(gatewayEnvSchema, { GATEWAY_PORT: '99999' })).toThrow(/GATEWAY_PORT/);
  });
});
