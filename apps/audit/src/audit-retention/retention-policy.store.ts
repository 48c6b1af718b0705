import { Inject, Injectable } from '@nestjs/common';
import { AuditRetentionReply, badInput, GetAuditRetentionRequest, SetAuditRetentionRequest } from '@trueconfig/common';
import { DataSource } from 'typeorm';
import { AUDIT_CONFIG, AuditEnv } from '../config/audit-env.schema';
import { RetentionPolicyEntity } from './retention-policy.entity';

export const MAX_RETENTION_DAYS = 3650;

@Injectable()
export class RetentionPolicyStore {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AUDIT_CONFIG) private readonly config: AuditEnv,
  ) {}

  async get({ orgId }: GetAuditRetentionRequest): Promise<AuditRetentionReply> {
    const policy = await this.dataSource.getRepository(RetentionPolicyEntity).findOneBy({ orgId });
    return this.reply(policy?.days ?? null);
  }

  async set({ orgId, days, actor }: SetAuditRetentionRequest): Promise<AuditRetentionReply> {
    const repository = this.dataSource.getRepository(RetentionPolicyEntity);
    if (days === null) {
      await repository.delete({ orgId });
      return this.reply(null);
    }
    if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
      throw badInput('days', `days must be a whole number from 1 to ${MAX_RETENTION_DAYS}.`);
    }
    await repository.upsert({ orgId, days, updatedAt: new Date(), updatedBy: actor }, ['orgId']);
    return this.reply(days);
  }

  private reply(days: number | null): AuditRetentionReply {
    const defaultDays = this.config.AUDIT_RETENTION_DAYS;
    return { days: days ?? defaultDays, isDefault: days === null, defaultDays };
  }
}
