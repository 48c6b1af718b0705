import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, badInput, ConnectionMode, ConnectTenantReply, ConnectTenantRequest, ErrorCode, TenantCredentialsInput } from '@trueconfig/common';
import { AuditCaller, ConnectorAudit } from '../audit/connector-audit.service';
import { ConnectionOutcome } from '../connection-tests/connection-outcome';
import { ConnectionTestRecorder } from '../connection-tests/connection-test-recorder.service';
import { ConnectionTester } from '../connection-tests/connection-tester.service';
import { SecretWarningAnnouncer } from '../secret-warnings/secret-warning-announcer.service';
import { SecretOpener } from '../secrets/secret-opener.service';
import { validateTenantInput } from '../tenant-input/validate-tenant-input';
import { callerOf } from './caller';
import { isUniqueViolation } from './is-unique-violation';
import { TenantSecrets } from './tenant-secrets.service';
import { tenantStatusFor } from './tenant-status';
import { TenantEntity } from './tenant.entity';
import { TenantsStore } from './tenants.store';
import { toTenantDto } from './to-tenant-dto';

/**
 * "Save and Test Connection". No token: nothing is saved but the test, and the caller gets the
 * diagnosis as an AppError. A token with permissions missing: saved as DEGRADED and answered normally.
 */
@Injectable()
export class ConnectTenantHandler {
  private readonly logger = new Logger(ConnectTenantHandler.name);

  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTester) private readonly tester: ConnectionTester,
    @Inject(TenantSecrets) private readonly secrets: TenantSecrets,
    @Inject(ConnectionTestRecorder) private readonly recorder: ConnectionTestRecorder,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
    @Inject(SecretOpener) private readonly opener: SecretOpener,
    @Inject(SecretWarningAnnouncer) private readonly warnings: SecretWarningAnnouncer,
  ) {}

  async handle(request: ConnectTenantRequest): Promise<ConnectTenantReply> {
    const caller = callerOf(request);
    const input = validateTenantInput(this.opener.openInput(request.input));
    await this.rejectDuplicate(caller.orgId, input);
    const outcome = await this.tester.test(input);
    if (!outcome.tokenAcquired) return this.failWithoutSaving(caller, outcome);
    return this.save(caller, input, outcome);
  }

  private async failWithoutSaving(caller: AuditCaller, outcome: ConnectionOutcome): Promise<never> {
    const { test } = await this.recorder.recordWithoutTenant(caller, outcome);
    this.logger.log(`connection refused by Entra ID: ${test.errorCode} (AADSTS ${test.entraErrorCode ?? 'none'})`);
    await this.audit.connectFailed(caller, test, outcome.tested);
    const { errorCode, message, remediation } = outcome.diagnosis;
    throw new AppError(errorCode ?? ErrorCode.INTERNAL, message, { remediation, details: { connectionTest: test } });
  }

  private async save(caller: AuditCaller, input: TenantCredentialsInput, outcome: ConnectionOutcome): Promise<ConnectTenantReply> {
    const tenant = this.newTenant(caller.orgId, input, outcome);
    const { row, test } = await this.recorder.recordForTenant(caller, tenant, outcome, (manager) =>
      this.tenants.insert(tenant, manager).catch((error: unknown) => {
        throw isUniqueViolation(error) ? alreadyConnected(input) : error;
      }),
    );
    const dto = toTenantDto(tenant, row);
    this.logger.log(`tenant ${tenant.id} connected with status ${tenant.status}`);
    await this.audit.tenantConnected(caller, dto, test);
    await this.warnings.announce(tenant, caller);
    return { tenant: dto, connectionTest: test };
  }

  private newTenant(orgId: string, input: TenantCredentialsInput, outcome: ConnectionOutcome): TenantEntity {
    const id = randomUUID();
    const now = new Date();
    return Object.assign(new TenantEntity(), {
      id,
      orgId,
      displayName: input.displayName,
      directoryTenantId: input.directoryTenantId,
      clientId: input.clientId,
      status: tenantStatusFor(outcome),
      ...this.secrets.seal(id, input.clientSecret, now),
      secretVersion: 1,
      secretExpiresAt: outcome.secretExpiresAt,
      connectionMode: ConnectionMode.CLIENT_SECRET,
      secretWarningsSent: [],
      lastTokenFailure: null,
      disconnectedAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  private async rejectDuplicate(orgId: string, input: TenantCredentialsInput): Promise<void> {
    const existing = await this.tenants.findConnected(orgId, input.directoryTenantId, input.clientId);
    if (existing) throw alreadyConnected(input, existing.id);
  }
}

export function alreadyConnected(input: TenantCredentialsInput, tenantId?: string): AppError {
  const error = badInput(
    'clientId',
    `This app registration (client ID ${input.clientId}) is already connected for directory ${input.directoryTenantId}: reconnect the existing tenant to change its credentials.`,
  );
  return new AppError(error.code, error.message, { details: { ...error.details, tenantId: tenantId ?? null } });
}
