import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACT_PATHS } from './redact-paths';

describe('log redaction', () => {
  it('censors secret-bearing fields at any of the first three levels', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ redact: { paths: REDACT_PATHS, censor: '[REDACTED]' } }, sink);
    logger.info({ clientSecret: 's3cr3t-1', input: { clientSecret: 's3cr3t-2' }, a: { b: { accessToken: 's3cr3t-3' } } }, 'connect');
    expect(lines.join('')).not.toMatch(/s3cr3t/);
    expect(lines.join('')).toContain('[REDACTED]');
  });
});
