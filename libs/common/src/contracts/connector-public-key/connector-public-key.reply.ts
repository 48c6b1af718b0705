export const SECRET_SEAL_ALGORITHM = 'X25519-HKDF-SHA256-A256GCM';

export interface ConnectorPublicKeyReply {
  keyId: string;
  algorithm: typeof SECRET_SEAL_ALGORITHM;
  /** Base64 of the SPKI DER encoding of the connector's X25519 public key. */
  publicKey: string;
}
