import { Inject, Injectable } from '@nestjs/common';
import { AcquireTokenReply, AcquireTokenRequest, AppError, ErrorCode, notFound, TenantStatus } from '@trueconfig/common';
import { ConnectionTestsStore } from '../connection-tests/connection-tests.store';
import { CredentialCache } from '../entra/credential-cache';
import { EntraCredentialFactory } from '../entra/entra-credential.factory';
import { EntraTokenClient } from '../entra/entra-token.client';
import { TenantSecrets } from '../tenants/tenant-secrets.service';
import { TenantEntity } from '../tenants/tenant.entity';
import { TenantsStore } from '../tenants/tenants.store';
import { TokenFailures } from './token-failures.service';

const SERVABLE = new Set<TenantStatus>([TenantStatus.CONNECTED, TenantStatus.DEGRADED]);
/** Failures that say nothing about the credential: keep the cached one for the next request. */
const TRANSIENT = new Set<ErrorCode | null>([ErrorCode.RATE_LIMITED, ErrorCode.SERVICE_UNAVAILABLE]);

/**
 * Tokens (never secrets) for the scanner. One credential per tenant is reused, so MSAL's cache
 * answers until the token nears expiry and refreshes it then.
 */
@Injectable()
export class AcquireTokenHandler {
  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTestsStore) private readonly tests: ConnectionTestsStore,
    @Inject(TenantSecrets) private readonly secrets: TenantSecrets,
    @Inject(CredentialCache) private readonly cache: CredentialCache,
    @Inject(EntraCredentialFactory) private readonly factory: EntraCredentialFactory,
    @Inject(EntraTokenClient) private readonly tokens: EntraTokenClient,
    @Inject(TokenFailures) private readonly failures: TokenFailures,
  ) {}

  async handle(request: AcquireTokenRequest): Promise<AcquireTokenReply> {
    const tenantId = String(request?.tenantId);
    const tenant = await this.tenants.findById(tenantId);
    if (!tenant) throw notFound('Tenant', tenantId);
    if (tenant.status === TenantStatus.DISCONNECTED) throw disconnected(tenant.id);
    if (!SERVABLE.has(tenant.status)) throw await this.storedDiagnosis(tenant);
    const credential = this.cache.getOrCreate(tenant.id, tenant.secretVersion, () =>
      this.factory.create(this.secrets.credentialsOf(tenant)),
    );
    const attempt = await this.tokens.acquire(credential);
    if (!attempt.ok) {
      const { errorCode, message, remediation, entraErrorCode } = attempt.diagnosis;
      if (!TRANSIENT.has(errorCode)) this.cache.evict(tenant.id);
      await this.failures.record(tenant, { at: new Date().toISOString(), errorCode: errorCode ?? ErrorCode.INTERNAL, entraErrorCode, message });
      throw new AppError(errorCode ?? ErrorCode.INTERNAL, message, { remediation, details: { tenantId, entraErrorCode } });
    }
    if (tenant.lastTokenFailure) await this.failures.clear(tenant);
    const { accessToken, expiresOnTimestamp, roles } = attempt.token;
    return { accessToken, expiresOnTimestamp, directoryTenantId: tenant.directoryTenantId, grantedPermissions: roles };
  }

  /** A tenant whose last test failed gets that test's diagnosis instead of a new token request. */
  private async storedDiagnosis(tenant: TenantEntity): Promise<AppError> {
    const last = (await this.tests.latestFor([tenant.id])).get(tenant.id);
    const code = last?.errorCode ?? ErrorCode.INTERNAL;
    const message = last?.message ?? `Tenant ${tenant.id} is ${tenant.status}: test its connection again.`;
    return new AppError(code, message, {
      remediation: last?.remediation ?? [],
      details: { tenantId: tenant.id, status: tenant.status, connectionTestId: last?.id ?? null },
    });
  }
}

function disconnected(tenantId: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `Tenant ${tenantId} is disconnected: its client secret was deleted. Reconnect it to scan again.`, {
    details: { id: tenantId, status: TenantStatus.DISCONNECTED },
  });
}
