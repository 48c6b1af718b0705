import { ErrorCode, sealSecret } from '@trueconfig/common';
import { randomBytes } from 'node:crypto';
import { Keyring } from './keyring';
import { SecretOpener } from './secret-opener.service';

const SECRET = 'Abc8Q~r4nd0m.s3cr3t-value_xyz';

describe('SecretOpener', () => {
  const keyring = new Keyring('k2', randomBytes(32), new Map([['k1', randomBytes(32)]]));

  it('opens what was sealed with its public key, and only that', () => {
    const opener = new SecretOpener(keyring);
    const sealed = sealSecret(opener.publicKey(), SECRET);
    expect(sealed).not.toContain(SECRET);
    expect(opener.open(sealed)).toBe(SECRET);
    expect(new SecretOpener(keyring).open(sealed)).toBe(SECRET);
    const stranger = new SecretOpener(new Keyring('k2', randomBytes(32)));
    expect(() => stranger.open(sealed)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
  });

  it('still opens a secret sealed with the previous key after a rotation', () => {
    const before = new SecretOpener(new Keyring('k1', keyring.keyFor('k1') as Buffer));
    const sealed = sealSecret(before.publicKey(), SECRET);
    expect(new SecretOpener(keyring).open(sealed)).toBe(SECRET);
  });

  it('passes an unsealed value through', () => {
    expect(new SecretOpener(keyring).openInput({ clientSecret: SECRET })).toEqual({ clientSecret: SECRET });
  });
});
