import { apiKeyPrefix, generateApiKey, hashApiKey, hashesMatch } from './api-key-secret';

describe('API key secrets', () => {
  it('generates tc_<prefix>_<random> keys whose prefix and hash are what gets stored', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^tc_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKeyPrefix(key)).toBe(prefix);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key.slice(16));
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('rejects malformed keys before any look-up', () => {
    const { key } = generateApiKey();
    for (const bad of ['', 'tc_', key.slice(0, -1), `${key}x`, key.replace('tc_', 'tk_'), `Bearer ${key}`, key.toUpperCase()]) {
      expect(apiKeyPrefix(bad)).toBeNull();
    }
  });

  it('compares hashes in constant time and tolerates garbage', () => {
    const hash = hashApiKey('tc_a');
    expect(hashesMatch(hash, hashApiKey('tc_a'))).toBe(true);
    expect(hashesMatch(hash, hashApiKey('tc_b'))).toBe(false);
    expect(hashesMatch(hash, 'abcd')).toBe(false);
    expect(hashesMatch(hash, '')).toBe(false);
  });
});
