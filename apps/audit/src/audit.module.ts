import { Module } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule } from '@trueconfig/common';
import { AuditConsumerService } from './audit-consumer/audit-consumer.service';
import { AuditLogController } from './audit-log/audit-log.controller';
import { AuditLogQuery } from './audit-log/audit-log.query';
import { AuditLogStore } from './audit-log/audit-log.store';
import { AuditLogAddedPublisher } from './audit-feed/audit-log-added.publisher';
import { AuditExportController } from './audit-export/audit-export.controller';
import { AuditExportService } from './audit-export/audit-export.service';
import { AuditRetentionController } from './audit-retention/audit-retention.controller';
import { RetentionJob } from './audit-retention/retention.job';
import { RetentionPolicyStore } from './audit-retention/retention-policy.store';
import { AUDIT_CONFIG, AuditEnv } from './config/audit-env.schema';
import { auditDatabaseOptions } from './database/audit-database.options';

export function auditModule(config: AuditEnv) {
  @Module({
    imports: [
      DatabaseModule.forService(auditDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE)),
      MessagingModule.forService({ service: 'audit', natsUrl: config.NATS_URL, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS }),
      HealthModule,
    ],
    controllers: [AuditLogController, AuditExportController, AuditRetentionController],
    providers: [
      { provide: AUDIT_CONFIG, useValue: config },
      AuditLogStore,
      AuditLogQuery,
      AuditLogAddedPublisher,
      AuditConsumerService,
      AuditExportService,
      RetentionPolicyStore,
      RetentionJob,
    ],
  })
  class AuditModule {}
  return AuditModule;
}
