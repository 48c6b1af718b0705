import { createPrivateKey, createPublicKey, hkdfSync, KeyObject } from 'node:crypto';
import { Keyring } from './keyring';

/** PKCS#8 DER header of a raw 32-byte X25519 private key (RFC 8410). */
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SEAL_KEY_INFO = 'trueconfig connector x25519 seal key v1';

export interface SealKeyPair {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * The X25519 keys that open sealed client secrets, derived from the encryption keys: every connector
 * replica holds the same ones (a queue group may answer the key request on one replica and the
 * connect request on another), and a previous key still opens what was sealed just before a rotation.
 */
export function sealKeyPairs(keyring: Keyring): Map<string, SealKeyPair> {
  return new Map(keyring.keyIds.map((keyId) => [keyId, derive(keyId, keyring.keyFor(keyId) as Buffer)]));
}

function derive(keyId: string, encryptionKey: Buffer): SealKeyPair {
  const seed = Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.from(keyId, 'utf8'), SEAL_KEY_INFO, 32));
  const privateKey = createPrivateKey({ key: Buffer.concat([X25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { keyId, privateKey, publicKey: createPublicKey(privateKey) };
}
