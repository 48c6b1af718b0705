import { createSealKeyPair, isSealedSecret, openSealedSecret, parseSealedSecret, sealSecret } from './secret-seal';

const SECRET = 'Abc8Q~r4nd0m.s3cr3t-value_xyz';

describe('secret sealing', () => {
  const recipient = createSealKeyPair('k1');

  it('seals so that only the recipient opens, differently every time', () => {
    const sealed = sealSecret(recipient.publicKey, SECRET);
    expect(isSealedSecret(sealed)).toBe(true);
    expect(sealed).not.toContain(SECRET);
    expect(sealSecret(recipient.publicKey, SECRET)).not.toBe(sealed);
    expect(openSealedSecret(parseSealedSecret(sealed)!, recipient.privateKey)).toBe(SECRET);
    expect(() => openSealedSecret(parseSealedSecret(sealed)!, createSealKeyPair('k1').privateKey)).toThrow();
  });

  it('binds the key id and refuses a malformed envelope', () => {
    const parts = parseSealedSecret(sealSecret(recipient.publicKey, SECRET))!;
    expect(() => openSealedSecret({ ...parts, keyId: 'k2' }, recipient.privateKey)).toThrow();
    expect(parseSealedSecret('tcseal:v1:k1:abc')).toBeNull();
    expect(parseSealedSecret(SECRET)).toBeNull();
    expect(openSealedSecret(parseSealedSecret(sealSecret(recipient.publicKey, ''))!, recipient.privateKey)).toBe('');
  });
});
