import { ConnectorEnv } from '../config/connector-env.schema';
import { decodeEncryptionKey, parsePreviousKeys } from '../config/encryption-key';

/**
 * The encryption keys the connector knows: new secrets are sealed with the current key, and older
 * ciphertexts stay readable through the previous keys until a re-encryption moves them forward.
 */
export class Keyring {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    readonly currentKeyId: string,
    currentKey: Buffer,
    previousKeys: ReadonlyMap<string, Buffer> = new Map(),
  ) {
    this.keys = new Map([...previousKeys, [currentKeyId, currentKey]]);
  }

  static fromConfig(config: Pick<ConnectorEnv, 'ENCRYPTION_KEY' | 'ENCRYPTION_KEY_ID' | 'ENCRYPTION_PREVIOUS_KEYS'>): Keyring {
    const current = decodeEncryptionKey(config.ENCRYPTION_KEY);
    const previous = parsePreviousKeys(config.ENCRYPTION_PREVIOUS_KEYS);
    if (!current || !previous) throw new Error('ENCRYPTION_KEY / ENCRYPTION_PREVIOUS_KEYS are not valid 32-byte base64 keys');
    return new Keyring(config.ENCRYPTION_KEY_ID, current, previous);
  }

  get currentKey(): Buffer {
    return this.keys.get(this.currentKeyId) as Buffer;
  }

  keyFor(keyId: string): Buffer | undefined {
    return this.keys.get(keyId);
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }
}
