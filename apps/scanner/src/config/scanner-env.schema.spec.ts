import { ConfigError, loadConfig } from '@trueconfig/common';
import { scannerEnvSchema } from './scanner-env.schema';

describe('scanner environment', () => {
  it('defaults to port 4002 and the real Graph', () => {
    expect(loadConfig(scannerEnvSchema, {})).toMatchObject({ SCANNER_PORT: 4002, GRAPH_BASE_URL: 'https://graph.microsoft.com' });
  });

  it('accepts an emulator URL without its trailing slash, and refuses plain http', () => {
    expect(loadConfig(scannerEnvSchema, { GRAPH_BASE_URL: 'https://127.0.0.1:4443/' }).GRAPH_BASE_URL).toBe('https://127.0.0.1:4443');
    expect(() => loadConfig(scannerEnvSchema, { GRAPH_BASE_URL: 'http://127.0.0.1:4443' })).toThrow(ConfigError);
    expect(() => loadConfig(scannerEnvSchema, { SCANNER_PORT: 'x' })).toThrow(/SCANNER_PORT/);
  });
});
