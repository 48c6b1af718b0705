import { Injectable } from '@nestjs/common';
import { EntraCredential } from './entra-credential';

/**
 * One credential per tenant and secret version, reused so MSAL's own token cache serves repeat
 * requests until the token nears expiry. A new secret version replaces the tenant's old credential.
 */
@Injectable()
export class CredentialCache {
  private readonly entries = new Map<string, { version: number; credential: EntraCredential }>();

  get(tenantId: string, secretVersion: number): EntraCredential | undefined {
    const entry = this.entries.get(tenantId);
    return entry?.version === secretVersion ? entry.credential : undefined;
  }

  put(tenantId: string, secretVersion: number, credential: EntraCredential): void {
    this.entries.set(tenantId, { version: secretVersion, credential });
  }

  getOrCreate(tenantId: string, secretVersion: number, create: () => EntraCredential): EntraCredential {
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
