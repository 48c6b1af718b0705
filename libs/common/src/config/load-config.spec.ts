import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { baseEnvSchema } from './base-env.schema';
import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

const schema = baseEnvSchema.extend({ ENCRYPTION_KEY: z.string().min(10) });

describe('loadConfig', () => {
  it('applies defaults for what is not set', () => {
    const config = loadConfig(schema, { ENCRYPTION_KEY: 'k'.repeat(12) });
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/trueconfig');
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
  });

  it('names every bad or missing variable at once', () => {
    expect(() => loadConfig(schema, { DATABASE_URL: 'mysql://x', NATS_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    try {
      loadConfig(schema, { DATABASE_URL: 'mysql://x', NATS_REQUEST_TIMEOUT_MS: 'soon' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL: must be a postgres:// URL');
      expect(message).toContain('NATS_REQUEST_TIMEOUT_MS');
      expect(message).toContain('ENCRYPTION_KEY');
    }
  });

  it('reads NAME_FILE when NAME is absent, for mounted secrets', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'key');
    writeFileSync(file, 'from-a-file-123\n');
    expect(loadConfig(schema, { ENCRYPTION_KEY_FILE: file }).ENCRYPTION_KEY).toBe('from-a-file-123');
  });

  it('says which _FILE cannot be read', () => {
    expect(() => loadConfig(schema, { ENCRYPTION_KEY_FILE: '/nonexistent/key' })).toThrow('ENCRYPTION_KEY_FILE: cannot read /nonexistent/key');
  });
});
