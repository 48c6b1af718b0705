import { Module } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule } from '@trueconfig/common';
import { SCANNER_CONFIG, ScannerEnv } from './config/scanner-env.schema';
import { scannerDatabaseOptions } from './database/scanner-database.options';
import { ControlResultStore } from './scan/control-result.store';
import { GetScanHandler } from './scan/get-scan.handler';
import { LatestScansHandler } from './scan/latest-scans.handler';
import { ScanController } from './scan/scan.controller';
import { ScanQuery } from './scan/scan.query';
import { ScanStore } from './scan/scan.store';
import { StartScanHandler } from './scan/start-scan.handler';
import { DatasetReader } from './scan-run/dataset-reader';
import { InProcessScanRunner } from './scan-run/in-process-scan.runner';
import { ScanAudit } from './scan-run/scan-audit';
import { ScanExecutor } from './scan-run/scan-executor';
import { ScanProgressPublisher } from './scan-run/scan-progress.publisher';
import { ScanRunner } from './scan-run/scan-runner';

export function scannerModule(config: ScannerEnv) {
  @Module({
    imports: [
      DatabaseModule.forService(scannerDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE)),
      MessagingModule.forService({ service: 'scanner', natsUrl: config.NATS_URL, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS }),
      HealthModule,
    ],
    controllers: [ScanController],
    providers: [
      { provide: SCANNER_CONFIG, useValue: config },
      ScanStore,
      ScanQuery,
      ControlResultStore,
      StartScanHandler,
      GetScanHandler,
      LatestScansHandler,
      ScanAudit,
      ScanProgressPublisher,
      DatasetReader,
      ScanExecutor,
      // The seam for issue 5: swap for a JetStream work-queue runner.
      { provide: ScanRunner, useClass: InProcessScanRunner },
    ],
  })
  class ScannerModule {}
  return ScannerModule;
}
