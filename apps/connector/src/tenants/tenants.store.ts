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
