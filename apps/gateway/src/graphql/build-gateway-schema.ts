import './register-enums';
import { GraphQLSchema } from 'graphql';
import { buildSchema, ContainerType, PubSub } from 'type-graphql';
import { ApiKeyResolver } from '../api-key/api-key.resolver';
import { AuditLogResolver } from '../audit-log/audit-log.resolver';
import { AuditLogAddedResolver } from '../audit-log/audit-log-added.resolver';
import { AuditRetentionResolver } from '../audit-retention/audit-retention.resolver';
import { gatewayAuthChecker } from '../auth/auth-checker';
import { RequiredPermissionsResolver } from '../permission/required-permissions.resolver';
import { ScanProgressResolver } from '../scan-progress/scan-progress.resolver';
import { ScanResolver } from '../scan/scan.resolver';
import { SyncScheduleResolver } from '../schedule/sync-schedule.resolver';
import { TenantSyncScheduleResolver } from '../schedule/tenant-sync-schedule.resolver';
import { SupportBundleResolver } from '../support-bundle/support-bundle.resolver';
import { AdminConsentResolver } from '../admin-consent/admin-consent.resolver';
import { TenantConnectionResolver } from '../tenant/tenant-connection.resolver';
import { TenantResolver } from '../tenant/tenant.resolver';
import { GatewayPubSub } from './gateway-pub-sub';
import { ControlsResolver } from '../controls/controls.resolver';
import { TenantSettingsResolver } from '../tenant-settings/tenant-settings.resolver';
import { ScanResultsResolver } from '../scan-history/scan-results.resolver';
import { TenantScansResolver } from '../scan-history/tenant-scans.resolver';
import { ScanDriftResolver } from '../drift/scan-drift.resolver';
import { ControlResultResolver } from '../scan/control-result.resolver';

export const GATEWAY_RESOLVERS = [
  TenantResolver,
  TenantConnectionResolver,
  SupportBundleResolver,
  AdminConsentResolver,
  ScanResolver,
  SyncScheduleResolver,
  TenantSyncScheduleResolver,
  ScanProgressResolver,
  AuditLogResolver,
  RequiredPermissionsResolver,
  ApiKeyResolver,
  AuditLogAddedResolver,
  AuditRetentionResolver,
  ControlsResolver,
  TenantSettingsResolver,
  ScanResultsResolver,
  TenantScansResolver,
  ScanDriftResolver,
  ControlResultResolver,
] as const;

export interface GatewaySchemaOptions {
  pubSub: GatewayPubSub;
  /** Nest's DI in the running gateway; omitted when the schema is only printed. */
  container?: ContainerType;
}

export function buildGatewaySchema(options: GatewaySchemaOptions): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...GATEWAY_RESOLVERS],
    container: options.container,
    pubSub: options.pubSub as PubSub,
    authChecker: gatewayAuthChecker,
    // Validation errors must never carry the value (it may be a client secret) or the input object.
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}
