import { Inject, Injectable } from '@nestjs/common';
import { AuditLevel, TokenFailureDto } from '@trueconfig/common';
import { ConnectorAuditCode } from '../audit/connector-audit-code';
import { ConnectorAudit } from '../audit/connector-audit.service';
import { TenantEntity } from '../tenants/tenant.entity';
import { TenantsStore } from '../tenants/tenants.store';

/**
 * A failed token request for the scanner is kept on the tenant (Tenant.lastTokenFailure) and put in
 * the sync log when it is new or its cause changed, so retries do not flood the log.
 */
@Injectable()
export class TokenFailures {
  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
  ) {}

  async record(tenant: TenantEntity, failure: TokenFailureDto): Promise<void> {
    await this.tenants.update(tenant.id, { lastTokenFailure: failure });
    if (tenant.lastTokenFailure?.errorCode === failure.errorCode) return;
    await this.audit.event({ orgId: tenant.orgId, actor: null }, {
      tenantId: tenant.id,
      code: ConnectorAuditCode.TOKEN_REQUEST_FAILED,
      level: AuditLevel.ERROR,
      message: `A token request for the scans failed: ${failure.message}`,
      details: { errorCode: failure.errorCode, entraErrorCode: failure.entraErrorCode },
    });
  }

  async clear(tenant: TenantEntity): Promise<void> {
    await this.tenants.update(tenant.id, { lastTokenFailure: null });
  }
}
