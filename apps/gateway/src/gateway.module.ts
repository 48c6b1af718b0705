import { Module } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule } from '@trueconfig/common';
import { ApiKeyAuthenticator } from './api-key/api-key.authenticator';
import { ApiKeyStore } from './api-key/api-key.store';
import { AuditClient } from './clients/audit.client';
import { ConnectorClient } from './clients/connector.client';
import { ScannerClient } from './clients/scanner.client';
import { GATEWAY_CONFIG, GatewayEnv } from './config/gateway-env.schema';
import { gatewayDatabaseOptions } from './database/gateway-database.options';
import { GATEWAY_RESOLVERS } from './graphql/build-gateway-schema';
import { GatewayContextFactory } from './graphql/gateway-context.factory';
import { createGatewayPubSub, GATEWAY_PUB_SUB } from './graphql/gateway-pub-sub';
import { GraphqlServer } from './graphql/graphql-server';
import { ScanProgressBridge } from './scan-progress/scan-progress.bridge';
import { ScanProgressFeed } from './scan-progress/scan-progress.feed';
import { TenantLifecycleClient } from './tenant/tenant-lifecycle.client';
import { ConsentCallbackController } from './admin-consent/consent-callback.controller';
import { RequestLimits } from './limits/request-limits';
import { OrganisationApiKeys } from './api-key/api-key-page.store';
import { GatewayAudit } from './gateway-audit/gateway-audit';
import { AuditLogBridge } from './audit-log/audit-log.bridge';
import { AuditLogFeed } from './audit-log/audit-log.feed';
import { AuditExportController } from './audit-export/audit-export.controller';
import { ScanReportController } from './reports/scan-report.controller';

/** The gateway only calls services over NATS: it serves no NATS subjects of its own. */
export function gatewayModule(config: GatewayEnv) {
  @Module({
    imports: [
      DatabaseModule.forService(gatewayDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE)),
      MessagingModule.forService({ service: 'gateway', natsUrl: config.NATS_URL, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS }),
      HealthModule,
    ],
    controllers: [AuditExportController, ConsentCallbackController, ScanReportController],
    providers: [
      { provide: GATEWAY_CONFIG, useValue: config },
      { provide: GATEWAY_PUB_SUB, useFactory: createGatewayPubSub },
      ApiKeyStore,
      ApiKeyAuthenticator,
      ConnectorClient,
      ScannerClient,
      AuditClient,
      TenantLifecycleClient,
      ScanProgressBridge,
      ScanProgressFeed,
      GatewayContextFactory,
      RequestLimits,
      OrganisationApiKeys,
      GatewayAudit,
      AuditLogBridge,
      AuditLogFeed,
      GraphqlServer,
      ...GATEWAY_RESOLVERS,
    ],
  })
  class GatewayModule {}
  return GatewayModule;
}
