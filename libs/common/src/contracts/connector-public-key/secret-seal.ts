import { createCipheriv, createDecipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, KeyObject, randomBytes } from 'node:crypto';
import { ConnectorPublicKeyReply, SECRET_SEAL_ALGORITHM } from './connector-public-key.reply';

/**
 * A client secret sealed for the connector (ECDH over X25519 with a fresh ephemeral key, HKDF-SHA256,
 * AES-256-GCM): `tcseal:v1:<keyId>:<ephemeral public key>:<iv>:<tag>:<ciphertext>`, base64url parts.
 * Only the holder of the connector's private key opens it, so the secret crosses NATS unreadable.
 */
export const SEALED_SECRET_PREFIX = 'tcseal:v1:';
export const SEAL_HKDF_INFO = 'trueconfig client secret seal v1';

export interface SealedSecretParts {
  keyId: string;
  ephemeralPublicKey: Buffer;
  iv: Buffer;
  authTag: Buffer;
  ciphertext: Buffer;
}

export function isSealedSecret(value: string): boolean {
  return value.startsWith(SEALED_SECRET_PREFIX);
}

export function sealKeyFrom(sharedSecret: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', sharedSecret, salt, SEAL_HKDF_INFO, 32));
}

export function sealSecret(recipient: ConnectorPublicKeyReply, secret: string): string {
  const publicKey = createPublicKey({ key: Buffer.from(recipient.publicKey, 'base64'), format: 'der', type: 'spki' });
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublicKey = ephemeral.publicKey.export({ format: 'der', type: 'spki' });
  const key = sealKeyFrom(diffieHellman({ privateKey: ephemeral.privateKey, publicKey }), ephemeralPublicKey);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(recipient.keyId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [ephemeralPublicKey, iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return `${SEALED_SECRET_PREFIX}${recipient.keyId}:${parts.join(':')}`;
}

/** Null when the text is not a well-formed envelope. */
export function parseSealedSecret(value: string): SealedSecretParts | null {
  if (!isSealedSecret(value)) return null;
  const parts = value.slice(SEALED_SECRET_PREFIX.length).split(':');
  // The ciphertext of an empty secret is empty; every other part is not.
  if (parts.length !== 5 || parts.slice(0, 4).some((part) => part === '')) return null;
  const [keyId, ...encoded] = parts;
  const [ephemeralPublicKey, iv, authTag, ciphertext] = encoded.map((part) => Buffer.from(part, 'base64url'));
  return { keyId, ephemeralPublicKey, iv, authTag, ciphertext };
}

/** Opens an envelope with the recipient's X25519 private key; throws when it is not genuine. */
export function openSealedSecret(parts: SealedSecretParts, privateKey: KeyObject): string {
  const ephemeral = createPublicKey({ key: parts.ephemeralPublicKey, format: 'der', type: 'spki' });
  const key = sealKeyFrom(diffieHellman({ privateKey, publicKey: ephemeral }), parts.ephemeralPublicKey);
  const decipher = createDecipheriv('aes-256-gcm', key, parts.iv);
  decipher.setAAD(Buffer.from(parts.keyId, 'utf8'));
  decipher.setAuthTag(parts.authTag);
  return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('utf8');
}

/** A fresh recipient key pair and its public answer (test doubles of the connector use it). */
export function createSealKeyPair(keyId: string): { privateKey: KeyObject; publicKey: ConnectorPublicKeyReply } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKey: { keyId, algorithm: SECRET_SEAL_ALGORITHM, publicKey: der.toString('base64') } };
}
