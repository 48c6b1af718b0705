import { Inject, Injectable } from '@nestjs/common';
import { badInput, decodeCursor, encodeCursor, notFound, Page, PageRequest } from '@trueconfig/common';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyRole } from './api-key-role.enum';
import { generateApiKey } from './api-key-secret';
import { ApiKeyEntity } from './api-key.entity';

/** API keys as an organisation's admin manages them through GraphQL: always scoped to that organisation. */
@Injectable()
export class OrganisationApiKeys {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async create(orgId: string, role: ApiKeyRole, name: string | null): Promise<{ key: string; record: ApiKeyEntity }> {
    const { key, prefix, hash } = generateApiKey();
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    const record = await repository.save(repository.create({ orgId, role, name, prefix, hash }));
    return { key, record };
  }

  /** Oldest first, keyset-paginated by (created_at, id). */
  async page(orgId: string, request: PageRequest): Promise<Page<ApiKeyEntity>> {
    const query = this.dataSource.getRepository(ApiKeyEntity).createQueryBuilder('k').where('k.org_id = :orgId', { orgId });
    if (request.after) {
      const [at, id] = cursorParts(request.after);
      query.andWhere('(k.created_at, k.id) > (:at, :id)', { at: new Date(at), id });
    }
    const rows = await query.orderBy('k.created_at', 'ASC').addOrderBy('k.id', 'ASC').take(request.first + 1).getMany();
    const items = rows.slice(0, request.first);
    const last = items[items.length - 1];
    return { items, hasNextPage: rows.length > request.first, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
  }

  /** Another organisation's key, or an unknown one, is NOT_FOUND; revoking twice keeps the first time. */
  async revoke(orgId: string, id: string): Promise<ApiKeyEntity> {
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    await repository.update({ id, orgId, revokedAt: IsNull() }, { revokedAt: new Date() });
    const record = await repository.findOneBy({ id, orgId });
    if (!record) throw notFound('API key', id);
    return record;
  }
}

function cursorParts(cursor: string): [string, string] {
  const parts = decodeCursor(cursor);
  if (parts?.length === 2 && typeof parts[0] === 'string' && typeof parts[1] === 'string') return [parts[0], parts[1]];
  throw badInput('after', 'The cursor is not valid: use a cursor returned by this query.');
}
