import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { ApiKeyRole } from './api-key-role.enum';
import { generateApiKey } from './api-key-secret';
import { ApiKeyEntity } from './api-key.entity';

export interface CreatedApiKey {
  /** The only time the key exists outside the caller's hands. */
  key: string;
  record: ApiKeyEntity;
  organisation: OrganisationEntity;
  organisationCreated: boolean;
}

/** A key's last-used time is written at most this often, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeyStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  create(organisationName: string, role: ApiKeyRole): Promise<CreatedApiKey> {
    return this.dataSource.transaction(async (manager) => {
      const { organisation, created } = await this.ensureOrganisation(manager, organisationName);
      const { key, prefix, hash } = generateApiKey();
      const record = await manager.save(manager.create(ApiKeyEntity, { orgId: organisation.id, role, prefix, hash }));
      return { key, record, organisation, organisationCreated: created };
    });
  }

  findByPrefix(prefix: string): Promise<ApiKeyEntity | null> {
    return this.dataSource.getRepository(ApiKeyEntity).findOneBy({ prefix });
  }

  async markUsed(keyId: string, at = new Date()): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(ApiKeyEntity)
      .set({ lastUsedAt: at })
      .where('id = :keyId', { keyId })
      .andWhere('(last_used_at IS NULL OR last_used_at < :stale)', { stale: new Date(at.getTime() - LAST_USED_RESOLUTION_MS) })
      .execute();
  }

  async listByOrganisation(organisationName: string): Promise<ApiKeyEntity[]> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ name: organisationName });
    if (!organisation) return [];
    return this.dataSource.getRepository(ApiKeyEntity).find({ where: { orgId: organisation.id }, order: { createdAt: 'ASC' } });
  }

  /** True when a key was revoked now; revoking twice changes nothing. */
  async revoke(keyId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(ApiKeyEntity).update({ id: keyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  private async ensureOrganisation(manager: EntityManager, name: string) {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OrganisationEntity)
      .values({ name })
      .orIgnore()
      .returning('id')
      .execute();
    const organisation = await manager.getRepository(OrganisationEntity).findOneByOrFail({ name });
    return { organisation, created: inserted.raw.length > 0 };
  }
}
