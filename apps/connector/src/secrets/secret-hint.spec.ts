import { redactSecret } from './redact-secret';
import { secretHint } from './secret-hint';

describe('secretHint', () => {
  it('keeps only the last three characters', () => {
    expect(secretHint('Abc8Q~r4nd0m.s3cr3t-value_xyz')).toBe('xyz');
  });

  it('shows nothing of a secret too short to hint at safely', () => {
    expect(secretHint('short')).toBe('');
  });
});

describe('redactSecret', () => {
  it('replaces every occurrence of the secret', () => {
    expect(redactSecret('a SECRET1 b SECRET1', 'SECRET1')).toBe('a [REDACTED] b [REDACTED]');
    expect(redactSecret('unchanged', undefined)).toBe('unchanged');
  });
});
