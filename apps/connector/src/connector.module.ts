import { Module, Type } from '@nestjs/common';
import { DatabaseModule, HealthModule, MessagingModule } from '@trueconfig/common';
import { ConnectorAudit } from './audit/connector-audit.service';
import { CONNECTOR_CONFIG, ConnectorEnv } from './config/connector-env.schema';
import { ConnectionTestRecorder } from './connection-tests/connection-test-recorder.service';
import { ConnectionTester } from './connection-tests/connection-tester.service';
import { ConnectionTestsStore } from './connection-tests/connection-tests.store';
import { connectorDatabaseOptions } from './database/connector-database.options';
import { CredentialCache } from './entra/credential-cache';
import { EntraCredentialFactory } from './entra/entra-credential.factory';
import { EntraTokenClient } from './entra/entra-token.client';
import { Keyring } from './secrets/keyring';
import { SecretCipher } from './secrets/secret-cipher.service';
import { ConnectTenantHandler } from './tenants/connect-tenant.handler';
import { TenantQueryService } from './tenants/tenant-query.service';
import { TenantSecrets } from './tenants/tenant-secrets.service';
import { TenantsController } from './tenants/tenants.controller';
import { TenantsStore } from './tenants/tenants.store';
import { TestConnectionHandler } from './tenants/test-connection.handler';
import { AcquireTokenHandler } from './tokens/acquire-token.handler';
import { TokensController } from './tokens/tokens.controller';
import { TokenFailures } from './tokens/token-failures.service';
import { GraphChecks } from './connection-tests/graph-checks.service';
import { GraphProber } from './graph/graph-prober';
import { SecretWarningAnnouncer } from './secret-warnings/secret-warning-announcer.service';
import { KeysController } from './secrets/keys.controller';
import { AdminConsentUrlHandler } from './admin-consent/admin-consent-url.handler';
import { AdminConsentController } from './admin-consent/admin-consent.controller';
import { CompleteAdminConsentHandler } from './admin-consent/complete-admin-consent.handler';
import { SupportBundleController } from './support-bundle/support-bundle.controller';
import { SupportBundleHandler } from './support-bundle/support-bundle.handler';
import { SecretOpener } from './secrets/secret-opener.service';
import { DisconnectTenantHandler } from './tenants/disconnect-tenant.handler';
import { ReconnectTenantHandler } from './tenants/reconnect-tenant.handler';

/** Built from the validated config, so bad configuration fails before Nest starts. */
export function connectorModule(config: ConnectorEnv): Type<unknown> {
  @Module({
    imports: [
      DatabaseModule.forService(connectorDatabaseOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE)),
      MessagingModule.forService({ service: 'connector', natsUrl: config.NATS_URL, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS }),
      HealthModule,
    ],
    controllers: [TenantsController, TokensController, KeysController, SupportBundleController, AdminConsentController],
    providers: [
      { provide: CONNECTOR_CONFIG, useValue: config },
      { provide: Keyring, useValue: Keyring.fromConfig(config) },
      SecretCipher,
      TenantSecrets,
      EntraCredentialFactory,
      EntraTokenClient,
      CredentialCache,
      ConnectionTester,
      ConnectionTestsStore,
      ConnectionTestRecorder,
      TenantsStore,
      TenantQueryService,
      ConnectTenantHandler,
      TestConnectionHandler,
      AcquireTokenHandler,
      ConnectorAudit,
      GraphProber,
      GraphChecks,
      SecretOpener,
      SecretWarningAnnouncer,
      ReconnectTenantHandler,
      DisconnectTenantHandler,
      SupportBundleHandler,
      TokenFailures,
      AdminConsentUrlHandler,
      CompleteAdminConsentHandler,
    ],
  })
  class ConnectorModule {}
  return ConnectorModule;
}
