import { redactSecret } from './redact-secret';

describe('redactSecret', () => {
  it('replaces every occurrence of the secret', () => {
    expect(redactSecret('a SECRET1 b SECRET1', 'SECRET1')).toBe('a [REDACTED] b [REDACTED]');
    expect(redactSecret('unchanged', undefined)).toBe('unchanged');
  });
});
