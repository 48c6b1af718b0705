import { Inject, Injectable, Logger } from '@nestjs/common';
import { notFound, TestConnectionReply, TestConnectionRequest } from '@trueconfig/common';
import { DataSource } from 'typeorm';
import { ConnectorAudit } from '../audit/connector-audit.service';
import { ConnectionTester } from '../connection-tests/connection-tester.service';
import { ConnectionTestsStore } from '../connection-tests/connection-tests.store';
import { toConnectionTestDto } from '../connection-tests/to-connection-test-dto';
import { CredentialCache } from '../entra/credential-cache';
import { actorOf, requireOrgId } from './caller';
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
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTestsStore) private readonly tests: ConnectionTestsStore,
    @Inject(ConnectionTester) private readonly tester: ConnectionTester,
    @Inject(TenantSecrets) private readonly secrets: TenantSecrets,
    @Inject(CredentialCache) private readonly credentials: CredentialCache,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
  ) {}

  async handle(request: TestConnectionRequest): Promise<TestConnectionReply> {
    const caller = { orgId: requireOrgId(request?.orgId), actor: actorOf(request?.actor) };
    const tenant = await this.tenants.findOwned(caller.orgId, String(request.tenantId));
    if (!tenant) throw notFound('Tenant', String(request.tenantId));
    const outcome = await this.tester.test(this.secrets.credentialsOf(tenant));
    const status = tenantStatusFor(outcome);
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.tenants.updateStatus(tenant.id, status, manager);
      return this.tests.record(outcome, { ...caller, tenantId: tenant.id }, manager);
    });
    if (outcome.credential) this.credentials.put(tenant.id, tenant.secretVersion, outcome.credential);
    const test = toConnectionTestDto(saved);
    this.logger.log(`tenant ${tenant.id} re-tested: ${status}${test.errorCode ? ` (${test.errorCode})` : ''}`);
    await this.audit.connectionTested(caller, test);
    return test;
  }
}
