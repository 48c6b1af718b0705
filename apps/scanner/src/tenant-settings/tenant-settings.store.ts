import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { TenantSettingsEntity } from './tenant-settings.entity';

export type SettingsChange = (row: TenantSettingsEntity) => void;

/** Settings rows, always read within one organisation. */
@Injectable()
export class TenantSettingsStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  findForTenants(orgId: string, tenantIds: readonly string[]): Promise<TenantSettingsEntity[]> {
    if (tenantIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(TenantSettingsEntity).findBy({ orgId, tenantId: In([...tenantIds]) });
  }

  /** What a scan of the tenant evaluates with (the scan job carries no organisation check of its own). */
  findForTenant(tenantId: string): Promise<TenantSettingsEntity | null> {
    return this.dataSource.getRepository(TenantSettingsEntity).findOneBy({ tenantId });
  }

  /** Applies a change to the row under a row lock, creating it with the defaults first. */
  update(orgId: string, tenantId: string, actor: string, change: SettingsChange): Promise<TenantSettingsEntity> {
    return this.dataSource.transaction(async (db) => {
      await db.query(
        `INSERT INTO scanner.tenant_settings (tenant_id, org_id, updated_by) VALUES ($1, $2, $3) ON CONFLICT (tenant_id) DO NOTHING`,
        [tenantId, orgId, actor],
      );
      const repository = db.getRepository(TenantSettingsEntity);
      const row = await repository.createQueryBuilder('s').where('s.tenant_id = :tenantId', { tenantId }).setLock('pessimistic_write').getOneOrFail();
      change(row);
      row.orgId = orgId;
      row.updatedAt = new Date();
      row.updatedBy = actor;
      return repository.save(row);
    });
  }
}
