import { Injectable } from '@nestjs/common';
import { TenantSize } from './tenant-budget';

/**
 * Users per tenant as last seen (the replica's count, then the rows of the users read under way). An
 * unknown tenant counts as the smallest, so its identity budget starts at 3,500 RU and only grows.
 */
@Injectable()
export class TenantSizes implements TenantSize {
  private readonly known = new Map<string, number>();

  users(tenantId: string): number {
    return this.known.get(tenantId) ?? 0;
  }

  observe(tenantId: string, users: number): void {
    if (users > this.users(tenantId)) this.known.set(tenantId, users);
  }
}
