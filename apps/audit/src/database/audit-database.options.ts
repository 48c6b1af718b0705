import { ServiceDatabaseOptions } from '@trueconfig/common';
import { AuditLogEntity } from '../audit-log/audit-log.entity';
import { CreateAuditLogs1764230400000 } from './migrations/1764230400000-create-audit-logs';
import { CreateRetentionPolicies1764316900000 } from './migrations/1764316900000-create-retention-policies';
import { RetentionPolicyEntity } from '../audit-retention/retention-policy.entity';

export function auditDatabaseOptions(url: string, poolSize: number): ServiceDatabaseOptions {
  return {
    schema: 'audit',
    url,
    poolSize,
    entities: [AuditLogEntity, RetentionPolicyEntity],
    migrations: [CreateAuditLogs1764230400000, CreateRetentionPolicies1764316900000],
  };
}
