import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  ConnectorPublicKeyReply,
  ErrorCode,
  isSealedSecret,
  openSealedSecret,
  parseSealedSecret,
  SECRET_SEAL_ALGORITHM,
  TenantCredentialsInput,
} from '@trueconfig/common';
import { Keyring } from './keyring';
import { SealKeyPair, sealKeyPairs } from './seal-keys';

const NOT_OPENED =
  'The client secret could not be opened: it was sealed for a connector key that is not available any more. Enter the secret again.';

/** Publishes the connector's public key and opens the client secrets sealed for it. */
@Injectable()
export class SecretOpener {
  private readonly pairs: Map<string, SealKeyPair>;

  constructor(@Inject(Keyring) private readonly keyring: Keyring) {
    this.pairs = sealKeyPairs(keyring);
  }

  publicKey(): ConnectorPublicKeyReply {
    const pair = this.pairs.get(this.keyring.currentKeyId) as SealKeyPair;
    const der = pair.publicKey.export({ format: 'der', type: 'spki' });
    return { keyId: pair.keyId, algorithm: SECRET_SEAL_ALGORITHM, publicKey: der.toString('base64') };
  }

  /** The input with its secret opened; an unsealed secret passes unchanged (callers inside the trust zone). */
  openInput<T extends Partial<TenantCredentialsInput>>(input: T | undefined): T | undefined {
    if (!input || typeof input.clientSecret !== 'string') return input;
    return { ...input, clientSecret: this.open(input.clientSecret) };
  }

  open(value: string): string {
    if (!isSealedSecret(value.trim())) return value;
    const parts = parseSealedSecret(value.trim());
    if (!parts) throw notOpened();
    const pair = this.pairs.get(parts.keyId);
    if (!pair) throw notOpened();
    try {
      return openSealedSecret(parts, pair.privateKey);
    } catch {
      throw notOpened();
    }
  }
}

function notOpened(): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, NOT_OPENED, { details: { field: 'clientSecret' } });
}
