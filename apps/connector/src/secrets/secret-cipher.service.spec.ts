import { randomBytes } from 'node:crypto';
import { EncryptedSecret } from './encrypted-secret';
import { Keyring } from './keyring';
import { SecretCipher } from './secret-cipher.service';
import { SecretCipherErrorCode, SecretCipherException } from './secret-cipher.exception';

const SECRET = 'Abc8Q~r4nd0m.s3cr3t-value_xyz';
const TENANT = '0d9c5a0e-58d6-4e0c-9a41-1f1d5c1f3a11';

function flipFirstByte(buffer: Buffer): Buffer {
  const copy = Buffer.from(buffer);
  copy[0] ^= 0xff;
  return copy;
}

function failureOf(run: () => unknown): SecretCipherException {
  try {
    run();
  } catch (error) {
    if (error instanceof SecretCipherException) return error;
    throw error;
  }
  throw new Error('expected decryption to fail');
}

describe('SecretCipher', () => {
  const cipher = new SecretCipher(new Keyring('k1', randomBytes(32)));

  it('round-trips a secret and records the key id', () => {
    const sealed = cipher.encrypt(SECRET, TENANT);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.authTag).toHaveLength(16);
    expect(sealed.ciphertext.includes(Buffer.from(SECRET))).toBe(false);
    expect(cipher.decrypt(sealed, TENANT)).toBe(SECRET);
  });

  it('uses a fresh IV each time', () => {
    const a = cipher.encrypt(SECRET, TENANT);
    const b = cipher.encrypt(SECRET, TENANT);
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it.each<[string, (s: EncryptedSecret) => EncryptedSecret]>([
    ['ciphertext', (s) => ({ ...s, ciphertext: flipFirstByte(s.ciphertext) })],
    ['auth tag', (s) => ({ ...s, authTag: flipFirstByte(s.authTag) })],
    ['IV', (s) => ({ ...s, iv: flipFirstByte(s.iv) })],
  ])('detects a tampered %s', (_part, tamper) => {
    const failure = failureOf(() => cipher.decrypt(tamper(cipher.encrypt(SECRET, TENANT)), TENANT));
    expect(failure.code).toBe(SecretCipherErrorCode.TAMPERED);
    expect(failure.message).not.toContain(SECRET);
  });

  it("refuses a ciphertext moved onto another tenant's row", () => {
    const sealed = cipher.encrypt(SECRET, TENANT);
    expect(failureOf(() => cipher.decrypt(sealed, 'another-tenant')).code).toBe(SecretCipherErrorCode.TAMPERED);
  });

  it('names an unknown key id without revealing anything else', () => {
    const sealed = { ...cipher.encrypt(SECRET, TENANT), keyId: 'k0' };
    const failure = failureOf(() => cipher.decrypt(sealed, TENANT));
    expect(failure.code).toBe(SecretCipherErrorCode.UNKNOWN_KEY);
    expect(failure.message).toContain('"k0"');
  });

  it('still decrypts with a previous key after rotation, and flags the secret for re-encryption', () => {
    const oldKey = randomBytes(32);
    const sealed = new SecretCipher(new Keyring('k1', oldKey)).encrypt(SECRET, TENANT);
    const rotated = new SecretCipher(new Keyring('k2', randomBytes(32), new Map([['k1', oldKey]])));
    expect(rotated.decrypt(sealed, TENANT)).toBe(SECRET);
    expect(rotated.needsReencryption(sealed)).toBe(true);
    expect(rotated.encrypt(SECRET, TENANT).keyId).toBe('k2');
  });
});
