import { CredentialCache } from './credential-cache';
import { EntraCredential } from './entra-credential';

const credential = (): EntraCredential => ({ credential: { getToken: async () => null }, lastHttpStatus: () => undefined });

describe('CredentialCache', () => {
  it('reuses one credential per tenant and secret version', () => {
    const cache = new CredentialCache();
    const create = jest.fn(credential);
    const first = cache.getOrCreate('t1', 1, create);
    expect(cache.getOrCreate('t1', 1, create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('replaces the credential when the secret version changes, and forgets evicted tenants', () => {
    const cache = new CredentialCache();
    const first = cache.getOrCreate('t1', 1, credential);
    const second = cache.getOrCreate('t1', 2, credential);
    expect(second).not.toBe(first);
    expect(cache.get('t1', 1)).toBeUndefined();
    cache.evict('t1');
    expect(cache.get('t1', 2)).toBeUndefined();
  });
});
