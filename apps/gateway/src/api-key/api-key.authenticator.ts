import { Injectable, Logger } from '@nestjs/common';
import { Authentication } from '../auth/principal';
import { invalidApiKey, missingApiKey } from '../auth/auth.errors';
import { bearerToken } from '../auth/bearer-token';
import { apiKeyPrefix, hashApiKey, hashesMatch } from './api-key-secret';
import { ApiKeyStore } from './api-key.store';

/** Turns an Authorization value into the calling key's principal; never echoes the key. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly logger = new Logger(ApiKeyAuthenticator.name);

  constructor(private readonly store: ApiKeyStore) {}

  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (!authorization?.trim()) return { principal: null, failure: missingApiKey() };
    const key = bearerToken(authorization);
    const prefix = key ? apiKeyPrefix(key) : null;
    if (!key || !prefix) return { principal: null, failure: invalidApiKey() };
    const record = await this.store.findByPrefix(prefix);
    if (!record || record.revokedAt || !hashesMatch(record.hash, hashApiKey(key))) {
      return { principal: null, failure: invalidApiKey() };
    }
    this.store.markUsed(record.id).catch((error: unknown) => this.logger.warn(`could not record key use: ${String(error)}`));
    return { principal: { keyId: record.id, orgId: record.orgId, role: record.role } };
  }
}
