/** A client secret as stored: AES-256-GCM output plus the id of the key that sealed it. */
export interface EncryptedSecret {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
  keyId: string;
}
