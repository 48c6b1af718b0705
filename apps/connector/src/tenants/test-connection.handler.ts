import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConnectionMode, notFound, TestConnectionReply, TestConnectionRequest } from '@trueconfig/common';
import { ConnectionTestRecorder } from '../connection-tests/connection-test-recorder.service';
import { ConnectionTester } from '../connection-tests/connection-tester.service';
import { SecretWarningAnnouncer } from '../secret-warnings/secret-warning-announcer.service';
import { callerOf } from './caller';
import { TenantSecrets } from './tenant-secrets.service';
import { tenantStatusFor } from './tenant-status';
import { TenantsStore } from './tenants.store';

/**
 * Re-tests a saved tenant with its stored secret. The answer is the test itself (ok or not); the
 * tenant's status follows it, so a tenant whose secret stopped working stops getting tokens.
 */
@Injectable()
export class TestConnectionHandler {
  private readonly logger = new Logger(TestConnectionHandler.name);

  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTester) private readonly tester: ConnectionTester,
    @Inject(TenantSecrets) private readonly secrets: TenantSecrets,
    @Inject(ConnectionTestRecorder) private readonly recorder: ConnectionTestRecorder,
    @Inject(SecretWarningAnnouncer) private readonly warnings: SecretWarningAnnouncer,
  ) {}

  async handle(request: TestConnectionRequest): Promise<TestConnectionReply> {
    const caller = callerOf(request);
    const tenant = await this.tenants.findOwned(caller.orgId, String(request.tenantId));
    if (!tenant) throw notFound('Tenant', String(request.tenantId));
    const customerSecret = tenant.connectionMode !== ConnectionMode.ADMIN_CONSENT;
    const outcome = await this.tester.test(this.secrets.credentialsOf(tenant), { customerSecret });
    const status = tenantStatusFor(outcome);
    const secretExpiresAt = outcome.secretExpiresAt ?? tenant.secretExpiresAt;
    const { test } = await this.recorder.recordForTenant(caller, tenant, outcome, (manager) =>
      this.tenants.update(tenant.id, { status, secretExpiresAt, ...(outcome.tokenAcquired ? { lastTokenFailure: null } : {}) }, manager),
    );
    await this.warnings.announce({ ...tenant, secretExpiresAt }, caller);
    this.logger.log(`tenant ${tenant.id} re-tested: ${status}${test.errorCode ? ` (${test.errorCode})` : ''}`);
    return test;
  }
}
