import { Injectable } from '@nestjs/common';
import { TokenCredential } from '@azure/identity';

/**
 * One credential per tenant and secret version, reused so MSAL's own token cache serves repeat
 * requests until the token nears expiry. A new secret version replaces the tenant's old credential.
 */
@Injectable()
export class CredentialCache {
  private readonly entries = new Map<string, { version: number; credential: TokenCredential }>();

  get(tenantId: string, secretVersion: number): TokenCredential | undefined {
    const entry = this.entries.get(tenantId);
    return entry?.version === secretVersion ? entry.credential : undefined;
  }

  put(tenantId: string, secretVersion: number, credential: TokenCredential): void {
    this.entries.set(tenantId, { version: secretVersion, credential });
  }

  getOrCreate(tenantId: string, secretVersion: number, create: () => TokenCredential): TokenCredential {
    const cached = this.get(tenantId, secretVersion);
    if (cached) return cached;
    const credential = create();
    this.put(tenantId, secretVersion, credential);
    return credential;
  }

  evict(tenantId: string): void {
    this.entries.delete(tenantId);
  }
}
