import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  AuditLevel,
  ConnectionMode,
  ErrorCode,
  notFound,
  ReconnectTenantReply,
  ReconnectTenantRequest,
  TenantCredentialsInput,
} from '@trueconfig/common';
import { ConnectorAuditCode } from '../audit/connector-audit-code';
import { AuditCaller, ConnectorAudit } from '../audit/connector-audit.service';
import { connectionTestDetails } from '../audit/connection-test-details';
import { ConnectionOutcome } from '../connection-tests/connection-outcome';
import { ConnectionTestRecorder } from '../connection-tests/connection-test-recorder.service';
import { ConnectionTester } from '../connection-tests/connection-tester.service';
import { CredentialCache } from '../entra/credential-cache';
import { SecretWarningAnnouncer } from '../secret-warnings/secret-warning-announcer.service';
import { SecretOpener } from '../secrets/secret-opener.service';
import { validateTenantInput } from '../tenant-input/validate-tenant-input';
import { callerOf } from './caller';
import { alreadyConnected } from './connect-tenant.handler';
import { TenantSecrets } from './tenant-secrets.service';
import { tenantStatusFor } from './tenant-status';
import { TenantEntity } from './tenant.entity';
import { TenantsStore } from './tenants.store';
import { toTenantDto } from './to-tenant-dto';

export const PREVIOUS_CREDENTIALS_KEPT = 'The previous credentials remain in use: nothing was changed.';

/**
 * "Save and Test Connection" on a saved tenant. New credentials replace the old ones only when they
 * get a token; otherwise the failed test is kept in the tenant's history and the old ones stay.
 */
@Injectable()
export class ReconnectTenantHandler {
  private readonly logger = new Logger(ReconnectTenantHandler.name);

  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTester) private readonly tester: ConnectionTester,
    @Inject(TenantSecrets) private readonly secrets: TenantSecrets,
    @Inject(ConnectionTestRecorder) private readonly recorder: ConnectionTestRecorder,
    @Inject(CredentialCache) private readonly cache: CredentialCache,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
    @Inject(SecretOpener) private readonly opener: SecretOpener,
    @Inject(SecretWarningAnnouncer) private readonly warnings: SecretWarningAnnouncer,
  ) {}

  async handle(request: ReconnectTenantRequest): Promise<ReconnectTenantReply> {
    const caller = callerOf(request);
    const tenant = await this.tenants.findOwned(caller.orgId, String(request.tenantId));
    if (!tenant) throw notFound('Tenant', String(request.tenantId));
    const input = validateTenantInput(this.opener.openInput(request.input));
    const other = await this.tenants.findConnected(caller.orgId, input.directoryTenantId, input.clientId);
    if (other && other.id !== tenant.id) throw alreadyConnected(input, other.id);
    const outcome = await this.tester.test(input);
    if (!outcome.tokenAcquired) return this.keepOld(caller, tenant, outcome);
    return this.replace(caller, tenant, input, outcome);
  }

  private async keepOld(caller: AuditCaller, tenant: TenantEntity, outcome: ConnectionOutcome): Promise<never> {
    const { test } = await this.recorder.recordForTenant(caller, tenant, { ...outcome, credential: null }, () => Promise.resolve());
    const { errorCode, message, remediation } = outcome.diagnosis;
    await this.audit.event(caller, {
      tenantId: tenant.id,
      code: ConnectorAuditCode.TENANT_RECONNECT_FAILED,
      level: AuditLevel.ERROR,
      message: `Reconnect failed, the previous credentials remain in use: ${message}`,
      details: { ...connectionTestDetails(test), clientId: outcome.tested.clientId, directoryTenantId: outcome.tested.directoryTenantId },
    });
    throw new AppError(errorCode ?? ErrorCode.INTERNAL, `${message} ${PREVIOUS_CREDENTIALS_KEPT}`, {
      remediation,
      details: { connectionTest: test, tenantId: tenant.id, previousCredentialsKept: true },
    });
  }

  private async replace(caller: AuditCaller, tenant: TenantEntity, input: TenantCredentialsInput, outcome: ConnectionOutcome): Promise<ReconnectTenantReply> {
    const now = new Date();
    const updated = Object.assign(new TenantEntity(), tenant, {
      displayName: input.displayName,
      directoryTenantId: input.directoryTenantId,
      clientId: input.clientId,
      status: tenantStatusFor(outcome),
      ...this.secrets.seal(tenant.id, input.clientSecret, now),
      secretVersion: tenant.secretVersion + 1,
      secretExpiresAt: outcome.secretExpiresAt,
      connectionMode: ConnectionMode.CLIENT_SECRET,
      secretWarningsSent: [],
      lastTokenFailure: null,
      disconnectedAt: null,
      updatedAt: now,
    });
    this.cache.evict(tenant.id);
    const { row, test } = await this.recorder.recordForTenant(caller, updated, outcome, (manager) => manager.save(TenantEntity, updated));
    const dto = toTenantDto(updated, row);
    this.logger.log(`tenant ${tenant.id} reconnected (secret version ${updated.secretVersion}) with status ${updated.status}`);
    await this.audit.event(caller, {
      tenantId: tenant.id,
      code: ConnectorAuditCode.TENANT_RECONNECTED,
      level: test.ok ? AuditLevel.INFO : AuditLevel.WARN,
      message: `Tenant "${dto.displayName}" reconnected with new credentials; status ${dto.status}.`,
      details: { ...connectionTestDetails(test), secretVersion: updated.secretVersion, secretHint: updated.secretHint },
    });
    await this.warnings.announce(updated, caller);
    return { tenant: dto, connectionTest: test };
  }
}
