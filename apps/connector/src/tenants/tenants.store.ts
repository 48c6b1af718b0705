import { Inject, Injectable } from '@nestjs/common';
import { isGuid, TenantStatus } from '@trueconfig/common';
import { DataSource, EntityManager, Not } from 'typeorm';
import { TenantEntity } from './tenant.entity';
import { TenantCursor } from './tenant-cursor';

@Injectable()
export class TenantsStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(TenantEntity);
  }

  findById(id: string): Promise<TenantEntity | null> {
    return isGuid(id) ? this.repository.findOneBy({ id }) : Promise.resolve(null);
  }

  /** Another organisation's tenant is as absent as a missing one. */
  findOwned(orgId: string, id: string): Promise<TenantEntity | null> {
    return isGuid(id) ? this.repository.findOneBy({ id, orgId }) : Promise.resolve(null);
  }

  findConnected(orgId: string, directoryTenantId: string, clientId: string): Promise<TenantEntity | null> {
    return this.repository.findOneBy({ orgId, directoryTenantId, clientId, status: Not(TenantStatus.DISCONNECTED) });
  }

  insert(tenant: TenantEntity, manager: EntityManager): Promise<TenantEntity> {
    return manager.save(TenantEntity, tenant);
  }

  async update(id: string, changes: Partial<TenantEntity>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(TenantEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  /**
   * Moves the tenant's announced secret warnings from `previous` to `next`; false when another
   * replica got there first (so each warning is published once).
   */
  async claimSecretWarnings(id: string, previous: readonly string[], next: readonly string[]): Promise<boolean> {
    const result = await this.repository
      .createQueryBuilder()
      .update(TenantEntity)
      .set({ secretWarningsSent: [...next] })
      .where('id = :id AND secret_warnings_sent = CAST(:previous AS jsonb)', { id, previous: JSON.stringify(previous) })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Tenants still holding a stored secret (re-encryption, secret warnings). */
  withSecrets(): Promise<TenantEntity[]> {
    return this.repository.createQueryBuilder('t').where('t.secret_ciphertext IS NOT NULL').orderBy('t.created_at').getMany();
  }

  async updateStatus(id: string, status: TenantStatus, manager: EntityManager): Promise<void> {
    await manager.update(TenantEntity, { id }, { status, updatedAt: new Date() });
  }

  /** Keyset page in (created_at, id) order; one row more than asked tells whether a next page exists. */
  page(orgId: string, limit: number, after: TenantCursor | null): Promise<TenantEntity[]> {
    const query = this.repository.createQueryBuilder('t').where('t.org_id = :orgId', { orgId });
    if (after) {
      query.andWhere('(t.created_at, t.id) > (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', {
        createdAt: after.createdAt,
        id: after.id,
      });
    }
    return query.orderBy('t.createdAt', 'ASC').addOrderBy('t.id', 'ASC').limit(limit).getMany();
  }
}
