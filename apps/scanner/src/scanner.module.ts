import { Module } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule } from '@trueconfig/common';
import { SCANNER_CONFIG, ScannerEnv } from './config/scanner-env.schema';
import { scannerDatabaseOptions } from './database/scanner-database.options';
import { JetStreamScanRunner } from './jobs/jetstream-scan.runner';
import { ScanJobHandler } from './jobs/scan-job.handler';
import { ScanJobWorker } from './jobs/scan-job.worker';
import { CancelScanHandler } from './scan/cancel-scan.handler';
import { ControlResultStore } from './scan/control-result.store';
import { GetScanHandler } from './scan/get-scan.handler';
import { LatestScansHandler } from './scan/latest-scans.handler';
import { ScanCancelStore } from './scan/scan-cancel.store';
import { ScanClaimStore } from './scan/scan-claim.store';
import { ScanController } from './scan/scan.controller';
import { PreviousScanQuery } from './scan/previous-scan.query';
import { ScanQuery } from './scan/scan.query';
import { ScanStore } from './scan/scan.store';
import { StartScanHandler } from './scan/start-scan.handler';
import { DatasetReader } from './scan-run/dataset-reader';
import { ScanAudit } from './scan-run/scan-audit';
import { ScanExecutor } from './scan-run/scan-executor';
import { ScanProgressPublisher } from './scan-run/scan-progress.publisher';
import { ScanRunner } from './scan-run/scan-runner';
import { GetSyncSchedulesHandler } from './schedule/get-sync-schedules.handler';
import { ScheduleController } from './schedule/schedule.controller';
import { SchedulerService } from './schedule/scheduler.service';
import { SetSyncScheduleHandler } from './schedule/set-sync-schedule.handler';
import { SyncScheduleStore } from './schedule/sync-schedule.store';
import { TenantDisconnectedListener } from './schedule/tenant-disconnected.listener';
import { TenantSettingsController } from './tenant-settings/tenant-settings.controller';
import { TenantSettingsService } from './tenant-settings/tenant-settings.service';
import { TenantSettingsSource } from './tenant-settings/tenant-settings.source';
import { TenantSettingsStore } from './tenant-settings/tenant-settings.store';
import { TenantSettingsAudit } from './tenant-settings/tenant-settings-audit';
import { ScanHistoryController } from './scan-history/scan-history.controller';
import { ScanHistoryQuery } from './scan-history/scan-history.query';
import { DirectoryAuditStore } from './drift/directory-audit.store';
import { DriftController } from './drift/drift.controller';
import { ScanDriftService } from './drift/scan-drift.service';
import { GraphBudgetStore } from './pacing/graph-budget.store';
import { TenantSizes } from './pacing/tenant-sizes';
import { ReplicaStore } from './delta/replica.store';
import { ReplicaCollector } from './delta/replica.collector';
import { MemberRegistrationsQuery } from './delta/member-registrations.query';
import { DeltaLinkRounds } from './delta/delta-link-rounds';
import { DeltaRoundStore } from './delta/delta-round.store';
import { PostScanLoads } from './delta/post-scan-loads';
import { StagedPagesStore } from './delta/staged-pages.store';
import { StagedReadStore } from './delta/staged-read.store';
import { GraphClientFactory } from './graph/graph-client.factory';

export function scannerModule(config: ScannerEnv) {
  @Module({
    imports: [
      DatabaseModule.forService(scannerDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE)),
      MessagingModule.forService({ service: 'scanner', natsUrl: config.NATS_URL, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS }),
      HealthModule,
    ],
    controllers: [ScanController, ScheduleController, TenantSettingsController, ScanHistoryController, DriftController],
    providers: [
      { provide: SCANNER_CONFIG, useValue: config },
      ScanStore,
      ScanClaimStore,
      ScanCancelStore,
      ScanQuery,
      ControlResultStore,
      PreviousScanQuery,
      StartScanHandler,
      CancelScanHandler,
      GetScanHandler,
      LatestScansHandler,
      ScanAudit,
      ScanProgressPublisher,
      DatasetReader,
      ScanExecutor,
      GraphBudgetStore,
      TenantSizes,
      ReplicaStore,
      ReplicaCollector,
      MemberRegistrationsQuery,
      DeltaRoundStore,
      StagedPagesStore,
      StagedReadStore,
      PostScanLoads,
      DeltaLinkRounds,
      GraphClientFactory,
      { provide: ScanRunner, useClass: JetStreamScanRunner },
      ScanJobHandler,
      ScanJobWorker,
      SyncScheduleStore,
      SetSyncScheduleHandler,
      GetSyncSchedulesHandler,
      SchedulerService,
      TenantDisconnectedListener,
      TenantSettingsStore,
      TenantSettingsService,
      TenantSettingsAudit,
      TenantSettingsSource,
      ScanHistoryQuery,
      DirectoryAuditStore,
      ScanDriftService,
    ],
  })
  class ScannerModule {}
  return ScannerModule;
}
