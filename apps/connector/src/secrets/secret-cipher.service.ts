import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EncryptedSecret } from './encrypted-secret';
import { Keyring } from './keyring';
import { SecretCipherErrorCode, SecretCipherException } from './secret-cipher.exception';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a fresh random IV per secret. The `context` (the tenant id) is bound in as
 * additional authenticated data, so a ciphertext copied onto another tenant's row does not decrypt.
 */
@Injectable()
export class SecretCipher {
  constructor(@Inject(Keyring) private readonly keyring: Keyring) {}

  encrypt(plaintext: string, context: string): EncryptedSecret {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keyring.currentKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext, iv, authTag: cipher.getAuthTag(), keyId: this.keyring.currentKeyId };
  }

  decrypt(secret: EncryptedSecret, context: string): string {
    const key = this.keyring.keyFor(secret.keyId);
    if (!key) throw new SecretCipherException(SecretCipherErrorCode.UNKNOWN_KEY, secret.keyId);
    try {
      const decipher = createDecipheriv(ALGORITHM, key, secret.iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(secret.authTag);
      return Buffer.concat([decipher.update(secret.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretCipherException(SecretCipherErrorCode.TAMPERED, secret.keyId);
    }
  }

  /** True when the secret is sealed with a key other than the current one (issue 4's re-encryption). */
  needsReencryption(secret: Pick<EncryptedSecret, 'keyId'>): boolean {
    return secret.keyId !== this.keyring.currentKeyId;
  }
}
