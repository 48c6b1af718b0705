export enum SecretCipherErrorCode {
  UNKNOWN_KEY = 'UNKNOWN_KEY',
  TAMPERED = 'TAMPERED',
}

const MESSAGES: Record<SecretCipherErrorCode, string> = {
  [SecretCipherErrorCode.UNKNOWN_KEY]: 'The stored client secret was sealed with an encryption key the connector no longer has',
  [SecretCipherErrorCode.TAMPERED]: 'The stored client secret failed its integrity check and cannot be decrypted',
};

/** Never carries key material or plaintext: only which key id was involved. */
export class SecretCipherException extends Error {
  constructor(
    readonly code: SecretCipherErrorCode,
    readonly keyId: string,
  ) {
    super(`${MESSAGES[code]} (key id "${keyId}").`);
    this.name = 'SecretCipherException';
  }
}
