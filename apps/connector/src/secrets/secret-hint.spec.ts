import { secretHint } from './secret-hint';

describe('secretHint', () => {
  it('keeps only the last three characters', () => {
    expect(secretHint('Abc8Q~r4nd0m.s3cr3t-value_xyz')).toBe('xyz');
  });

  it('shows nothing of a secret too short to hint at safely', () => {
    expect(secretHint('short')).toBe('');
  });
});
