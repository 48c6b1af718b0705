import 'reflect-metadata';
import { loadConfig, openServiceDatabase, runMain } from '@trueconfig/common';
import { connectorEnvSchema } from './config/connector-env.schema';
import { connectorDatabaseOptions } from './database/connector-database.options';
import { Keyring } from './secrets/keyring';
import { reencryptSecrets } from './secrets/reencrypt-secrets';
import { SecretCipher } from './secrets/secret-cipher.service';

const POOL_SIZE = 2;

/**
 * `node apps/connector/dist/reencrypt.js` (npm run secrets:reencrypt): re-encrypts every stored client
 * secret with ENCRYPTION_KEY / ENCRYPTION_KEY_ID, reading older ones with ENCRYPTION_PREVIOUS_KEYS.
 * Rotation without downtime: restart the connectors with the new key and the old one as previous, run
 * this, then drop the old key. Prints counts and key ids only.
 */
runMain(async () => {
  const config = loadConfig(connectorEnvSchema);
  const keyring = Keyring.fromConfig(config);
  const dataSource = await openServiceDatabase(connectorDatabaseOptions(config.DATABASE_URL, POOL_SIZE));
  try {
    const report = await reencryptSecrets(dataSource, new SecretCipher(keyring), keyring.currentKeyId);
    process.stdout.write(`re-encrypted ${report.reencrypted} secret(s) with key "${report.keyId}"; ${report.alreadyCurrent} already used it\n`);
  } finally {
    await dataSource.destroy();
  }
});
