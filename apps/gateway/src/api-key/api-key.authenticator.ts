import { Injectable, Logger } from '@nestjs/common';
import { Authentication } from '../auth/principal';
import { invalidApiKey, missingApiKey } from '../auth/auth.errors';
import { bearerToken } from '../auth/bearer-token';
import { apiKeyPrefix, hashApiKey, hashesMatch } from './api-key-secret';
import { ApiKeyStore } from './api-key.store';

const USE_RECORD_INTERVAL_MS = 60_000;

/** Turns an Authorization value into the calling key's principal; never echoes the key. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly logger = new Logger(ApiKeyAuthenticator.name);
  /** When this replica last wrote each key's last-used time: not a database write per request. */
  private readonly lastRecorded = new Map<string, number>();

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
    this.recordUse(record.id);
    return { principal: { keyId: record.id, orgId: record.orgId, role: record.role } };
  }

  private recordUse(keyId: string): void {
    const now = Date.now();
    if (now - (this.lastRecorded.get(keyId) ?? 0) < USE_RECORD_INTERVAL_MS) return;
    this.lastRecorded.set(keyId, now);
    this.store.markUsed(keyId).catch((error: unknown) => this.logger.warn(`could not record key use: ${String(error)}`));
  }
}
