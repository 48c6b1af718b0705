import { Inject, Injectable } from '@nestjs/common';
import { AppError, AuditEventDto, NatsRequester, notFound, Subject, SupportBundleReply, SupportBundleRequest, TROUBLESHOOTING_PAGE } from '@trueconfig/common';
import { ConnectionTestsStore } from '../connection-tests/connection-tests.store';
import { toConnectionTestDto } from '../connection-tests/to-connection-test-dto';
import { requireOrgId } from '../tenants/caller';
import { TenantsStore } from '../tenants/tenants.store';
import { toTenantDto } from '../tenants/to-tenant-dto';

const TESTS_KEPT = 10;
const SYNC_LOG_LINES = 50;

/**
 * The troubleshooting page's "Still need help?" list, gathered: IDs, granted permissions, the last
 * connection tests and the recent sync log (asked of the audit service). Built only from DTOs, which
 * never hold a secret.
 */
@Injectable()
export class SupportBundleHandler {
  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTestsStore) private readonly tests: ConnectionTestsStore,
    @Inject(NatsRequester) private readonly nats: NatsRequester,
  ) {}

  async handle(request: SupportBundleRequest): Promise<SupportBundleReply> {
    const orgId = requireOrgId(request?.orgId);
    const tenant = await this.tenants.findOwned(orgId, String(request.tenantId));
    if (!tenant) throw notFound('Tenant', String(request.tenantId));
    const tests = (await this.tests.recentFor(tenant.id, TESTS_KEPT)).map(toConnectionTestDto);
    const lastWithToken = tests.find((test) => test.tokenAcquired);
    const syncLog = await this.syncLog(orgId, tenant.id);
    return {
      generatedAt: new Date().toISOString(),
      tenant: toTenantDto(tenant, undefined),
      clientId: tenant.clientId,
      directoryTenantId: tenant.directoryTenantId,
      grantedPermissions: (lastWithToken?.permissions ?? []).filter((p) => p.granted).map((p) => p.name),
      connectionTests: tests,
      ...syncLog,
      instructions: [...TROUBLESHOOTING_PAGE.stillNeedHelp],
    };
  }

  private async syncLog(orgId: string, tenantId: string): Promise<{ syncLog: AuditEventDto[]; syncLogError: string | null }> {
    try {
      const page = await this.nats.request(Subject.QueryAuditLogs, { orgId, filter: { tenantId }, first: SYNC_LOG_LINES });
      return { syncLog: page.items, syncLogError: null };
    } catch (error) {
      const reason = error instanceof AppError ? error.message : 'the audit service did not answer';
      return { syncLog: [], syncLogError: `The sync log could not be read: ${reason}` };
    }
  }
}
