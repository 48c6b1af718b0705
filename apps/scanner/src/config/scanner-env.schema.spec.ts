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

  it('waits out throttling for two hours by default; the deadline is whole minutes, at least one, at most a week', () => {
    expect(loadConfig(scannerEnvSchema, {}).SCAN_THROTTLE_DEADLINE_MINUTES).toBe(120);
    expect(loadConfig(scannerEnvSchema, { SCAN_THROTTLE_DEADLINE_MINUTES: '15' }).SCAN_THROTTLE_DEADLINE_MINUTES).toBe(15);
    for (const bad of ['0', '1.5', 'x', String(7 * 24 * 60 + 1)]) expect(() => loadConfig(scannerEnvSchema, { SCAN_THROTTLE_DEADLINE_MINUTES: bad })).toThrow(/SCAN_THROTTLE_DEADLINE_MINUTES/);
  });
});
