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

  it('defaults and validates the abuse limits', () => {
    expect(loadConfig(gatewayEnvSchema, {})).toMatchObject({
      GRAPHQL_MAX_DEPTH: 10, GRAPHQL_MAX_COMPLEXITY: 5000, RATE_LIMIT_PER_MINUTE: 1200, RATE_LIMIT_BURST: 200, AUDIT_EXPORT_MAX_ROWS: 10000,
    });
    expect(loadConfig(gatewayEnvSchema, { GRAPHQL_MAX_DEPTH: '4', RATE_LIMIT_BURST: '5' })).toMatchObject({ GRAPHQL_MAX_DEPTH: 4, RATE_LIMIT_BURST: 5 });
    for (const [name, value] of [['GRAPHQL_MAX_DEPTH', '1'], ['GRAPHQL_MAX_COMPLEXITY', 'lots'], ['RATE_LIMIT_PER_MINUTE', '0'], ['RATE_LIMIT_BURST', '-1'], ['AUDIT_EXPORT_MAX_ROWS', '1e9']]) {
      expect(() => loadConfig(gatewayEnvSchema, { [name]: value })).toThrow(new RegExp(name));
    }
  });

  it('names every bad variable', () => {
    expect(() => loadConfig(gatewayEnvSchema, { GATEWAY_PORT: '99999', GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig(gatewayEnvSchema, { GATEWAY_PORT: '99999' })).toThrow(/GATEWAY_PORT/);
  });
});
