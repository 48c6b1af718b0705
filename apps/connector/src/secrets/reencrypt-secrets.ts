import { DataSource } from 'typeorm';
import { TenantEntity } from '../tenants/tenant.entity';
import { SecretCipher } from './secret-cipher.service';

export interface ReencryptionReport {
  reencrypted: number;
  alreadyCurrent: number;
  keyId: string;
}

/**
 * Moves every stored secret onto the current key, one row at a time under a row lock, so a running
 * connector (which reads old and new keys alike) never sees a half-written secret. The secret itself
 * does not change, so neither does its version: cached credentials stay valid.
 */
export async function reencryptSecrets(dataSource: DataSource, cipher: SecretCipher, currentKeyId: string): Promise<ReencryptionReport> {
  const rows: Array<{ id: string; secret_key_id: string }> = await dataSource.query(
    'SELECT id, secret_key_id FROM connector.tenants WHERE secret_ciphertext IS NOT NULL ORDER BY created_at',
  );
  let reencrypted = 0;
  for (const { id } of rows.filter((row) => row.secret_key_id !== currentKeyId)) {
    if (await reencryptOne(dataSource, cipher, id)) reencrypted++;
  }
  return { reencrypted, alreadyCurrent: rows.length - reencrypted, keyId: currentKeyId };
}

async function reencryptOne(dataSource: DataSource, cipher: SecretCipher, id: string): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const tenant = await manager.findOne(TenantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const { secretCiphertext: ciphertext, secretIv: iv, secretAuthTag: authTag, secretKeyId: keyId } = tenant ?? {};
    if (!tenant || !ciphertext || !iv || !authTag || !keyId || !cipher.needsReencryption({ keyId })) return false;
    const sealed = cipher.encrypt(cipher.decrypt({ ciphertext, iv, authTag, keyId }, id), id);
    await manager.update(TenantEntity, { id }, { secretCiphertext: sealed.ciphertext, secretIv: sealed.iv, secretAuthTag: sealed.authTag, secretKeyId: sealed.keyId });
    return true;
  });
}
