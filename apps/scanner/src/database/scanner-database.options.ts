import { ServiceDatabaseOptions } from '@trueconfig/common';
import { ControlResultEntity } from '../scan/control-result.entity';
import { ScanEntity } from '../scan/scan.entity';
import { SyncScheduleEntity } from '../schedule/sync-schedule.entity';
import { CreateScans1764230500000 } from './migrations/1764230500000-create-scans';
import { StoreResultAcceptance1764240000000 } from './migrations/1764240000000-store-result-acceptance';
import { DurableScansAndSchedules1764400000000 } from './migrations/1764400000000-durable-scans-and-schedules';
import { CreateTenantSettings1764260000000 } from './migrations/1764260000000-create-tenant-settings';
import { GraphBudgetsAndReplicas1764250000000 } from './migrations/1764250000000-graph-budgets-and-replicas';
import { CronSchedules1795781408908 } from './migrations/1795781408908-cron-schedules';
import { SignInActivityAge1795781500000 } from './migrations/1795781500000-sign-in-activity-age';
import { RegistrationKeys1795781600000 } from './migrations/1795781600000-registration-keys';
import { StagedFullReads1795781700000 } from './migrations/1795781700000-staged-full-reads';
import { TenantSettingsEntity } from '../tenant-settings/tenant-settings.entity';

export function scannerDatabaseOptions(url: string, poolSize: number): ServiceDatabaseOptions {
  return {
    schema: 'scanner',
    url,
    poolSize,
    entities: [ScanEntity, ControlResultEntity, SyncScheduleEntity, TenantSettingsEntity],
    migrations: [CreateScans1764230500000, StoreResultAcceptance1764240000000, DurableScansAndSchedules1764400000000, CreateTenantSettings1764260000000, GraphBudgetsAndReplicas1764250000000, CronSchedules1795781408908, SignInActivityAge1795781500000, RegistrationKeys1795781600000, StagedFullReads1795781700000],
  };
}
