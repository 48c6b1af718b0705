import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionOutcome } from './connection-outcome';
import { ConnectionTestEntity } from './connection-test.entity';

export interface ConnectionTestOwner {
  orgId: string;
  tenantId: string | null;
  actor: string | null;
}

@Injectable()
export class ConnectionTestsStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(outcome: ConnectionOutcome, owner: ConnectionTestOwner, manager?: EntityManager): Promise<ConnectionTestEntity> {
    const row = (manager ?? this.dataSource.manager).create(ConnectionTestEntity, {
      id: randomUUID(),
      orgId: owner.orgId,
      tenantId: owner.tenantId,
      actor: owner.actor,
      directoryTenantId: outcome.tested.directoryTenantId,
      clientId: outcome.tested.clientId,
      ok: outcome.diagnosis.ok,
      tokenAcquired: outcome.tokenAcquired,
      entraErrorCode: outcome.diagnosis.entraErrorCode,
      errorCode: outcome.diagnosis.errorCode,
      message: outcome.diagnosis.message,
      remediation: outcome.diagnosis.remediation,
      permissions: outcome.permissions,
      adminConsent: outcome.adminConsent,
      graphReachable: outcome.graphReachable,
      licenceTier: outcome.licenceTier,
      secretExpiresAt: outcome.secretExpiresAt,
      checks: outcome.checks,
      testedAt: outcome.testedAt,
    });
    return (manager ?? this.dataSource.manager).save(row);
  }

  /** A tenant's tests, newest first. */
  recentFor(tenantId: string, limit: number): Promise<ConnectionTestEntity[]> {
    return this.dataSource.getRepository(ConnectionTestEntity).find({
      where: { tenantId },
      order: { testedAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** The newest test of each tenant, in one query (DISTINCT ON). */
  async latestFor(tenantIds: readonly string[]): Promise<Map<string, ConnectionTestEntity>> {
    if (tenantIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ConnectionTestEntity)
      .createQueryBuilder('t')
      .distinctOn(['t.tenant_id'])
      .where('t.tenant_id IN (:...tenantIds)', { tenantIds })
      .orderBy('t.tenant_id')
      .addOrderBy('t.tested_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .getMany();
    return new Map(rows.map((row) => [row.tenantId as string, row]));
  }
}
