import { AppError, ErrorCode } from '@trueconfig/common';
import { Authentication } from '../auth/principal';
import { ApiKeyRole } from './api-key-role.enum';
import { generateApiKey } from './api-key-secret';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import { ApiKeyStore } from './api-key.store';

describe('ApiKeyAuthenticator', () => {
  const issued = generateApiKey();
  const record: ApiKeyEntity = {
    id: 'key-1',
    orgId: 'org-1',
    role: ApiKeyRole.OPERATOR,
    prefix: issued.prefix,
    hash: issued.hash,
    createdAt: new Date(),
    lastUsedAt: null,
    revokedAt: null,
  };
  let stored: ApiKeyEntity | null;
  const store = {
    findByPrefix: jest.fn(async (prefix: string) => (stored?.prefix === prefix ? stored : null)),
    markUsed: jest.fn(async () => undefined),
  };
  const authenticator = new ApiKeyAuthenticator(store as unknown as ApiKeyStore);

  beforeEach(() => {
    stored = { ...record };
    jest.clearAllMocks();
  });

  const failure = (auth: Authentication) => (auth.principal ? undefined : (auth.failure as AppError));

  it('accepts the issued key and records its use', async () => {
    const auth = await authenticator.authenticate(`Bearer ${issued.key}`);
    expect(auth.principal).toEqual({ keyId: 'key-1', orgId: 'org-1', role: ApiKeyRole.OPERATOR });
    expect(store.markUsed).toHaveBeenCalledWith('key-1');
  });

  it('tells a missing key from a wrong one', async () => {
    expect(failure(await authenticator.authenticate(undefined))?.message).toMatch(/Authentication required/);
    expect(failure(await authenticator.authenticate('  '))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(failure(await authenticator.authenticate('Bearer nonsense'))?.message).toMatch(/not valid/);
  });

  it('refuses a key whose secret part differs, a revoked key and an unknown prefix, without echoing the key', async () => {
    const forged = `tc_${issued.prefix}_${'A'.repeat(43)}`;
    const results = [
      await authenticator.authenticate(`Bearer ${forged}`),
      await authenticator.authenticate(`Bearer ${generateApiKey().key}`),
    ];
    stored = { ...record, revokedAt: new Date() };
    results.push(await authenticator.authenticate(`Bearer ${issued.key}`));
    for (const result of results) {
      expect(failure(result)?.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect(failure(result)?.message).not.toContain(issued.prefix);
    }
    expect(store.markUsed).not.toHaveBeenCalled();
  });

  it('never looks a malformed key up', async () => {
    await authenticator.authenticate('Bearer tc_short');
    expect(store.findByPrefix).not.toHaveBeenCalled();
  });
});
