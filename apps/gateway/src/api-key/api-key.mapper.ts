import { ApiKeyEntity } from './api-key.entity';
import { ApiKey } from './api-key.type';

/** Never the hash: only what identifies the key to a person. */
export function toApiKey(record: ApiKeyEntity): ApiKey {
  return {
    id: record.id,
    name: record.name ?? null,
    role: record.role,
    hint: `tc_${record.prefix}_…`,
    createdAt: record.createdAt,
    lastUsedAt: record.lastUsedAt,
    revokedAt: record.revokedAt,
  };
}
