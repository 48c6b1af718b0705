import { ConfigError, loadConfig } from '@trueconfig/common';
import { randomBytes } from 'node:crypto';
import { Keyring } from '../secrets/keyring';
import { connectorEnvSchema } from './connector-env.schema';

const KEY = randomBytes(32).toString('base64');

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(connectorEnvSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('connectorEnvSchema', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(connectorEnvSchema, { ENCRYPTION_KEY: KEY });
    expect(config).toMatchObject({
      CONNECTOR_PORT: 4001,
      ENTRA_AUTHORITY_HOST: 'https://login.microsoftonline.com',
      ENCRYPTION_KEY_ID: 'k1',
      ENCRYPTION_PREVIOUS_KEYS: '',
    });
    expect(Keyring.fromConfig(config).keyIds).toEqual(['k1']);
  });

  it('fails loudly without an encryption key', () => {
    expect(problemsOf({})).toContain('ENCRYPTION_KEY: is required');
  });

  it('refuses a key of the wrong length without echoing it', () => {
    const short = randomBytes(16).toString('base64');
    const message = problemsOf({ ENCRYPTION_KEY: short });
    expect(message).toContain('ENCRYPTION_KEY: must be base64 of exactly 32 bytes');
    expect(message).not.toContain(short);
  });

  it('refuses an authority host that is not https', () => {
    expect(problemsOf({ ENCRYPTION_KEY: KEY, ENTRA_AUTHORITY_HOST: 'http://localhost:4443' })).toContain('ENTRA_AUTHORITY_HOST');
  });

  it('reads previous keys for rotation', () => {
    const previous = randomBytes(32).toString('base64');
    const config = loadConfig(connectorEnvSchema, { ENCRYPTION_KEY: KEY, ENCRYPTION_KEY_ID: 'k2', ENCRYPTION_PREVIOUS_KEYS: `k1:${previous}` });
    expect(Keyring.fromConfig(config).keyIds.sort()).toEqual(['k1', 'k2']);
    expect(problemsOf({ ENCRYPTION_KEY: KEY, ENCRYPTION_PREVIOUS_KEYS: 'k1:short' })).toContain('ENCRYPTION_PREVIOUS_KEYS');
  });

  it('reads the Graph base URL and leaves admin consent off unless configured', () => {
    const config = loadConfig(connectorEnvSchema, { ENCRYPTION_KEY: KEY, GRAPH_BASE_URL: 'https://127.0.0.1:4443/' });
    expect(config).toMatchObject({ GRAPH_BASE_URL: 'https://127.0.0.1:4443', TRUECONFIG_APP_CLIENT_ID: undefined, CONSENT_STATE_TTL_SECONDS: 1800 });
    expect(problemsOf({ ENCRYPTION_KEY: KEY, CONSENT_STATE_SECRET: 'short' })).toContain('CONSENT_STATE_SECRET');
    expect(problemsOf({ ENCRYPTION_KEY: KEY, TRUECONFIG_APP_CLIENT_SECRET: 'x', TRUECONFIG_APP_CLIENT_ID: 'nope' })).not.toContain('TRUECONFIG_APP_CLIENT_SECRET=x');
  });
});
