import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AuditLevel,
  DisconnectTenantReply,
  DisconnectTenantRequest,
  NATS_CONNECTION,
  notFound,
  TENANT_DISCONNECTED_SUBJECT,
  TenantDisconnectedEvent,
  TenantStatus,
} from '@trueconfig/common';
import { NatsConnection, StringCodec } from 'nats';
import { ConnectorAuditCode } from '../audit/connector-audit-code';
import { ConnectorAudit } from '../audit/connector-audit.service';
import { ConnectionTestsStore } from '../connection-tests/connection-tests.store';
import { CredentialCache } from '../entra/credential-cache';
import { callerOf } from './caller';
import { TenantsStore } from './tenants.store';
import { toTenantDto } from './to-tenant-dto';

const codec = StringCodec();

/**
 * Deletes the tenant's secret (the ciphertext columns become null), refuses its tokens from now on and
 * announces it on `events.tenant.disconnected`, the seam where the scanner stops the tenant's schedules.
 */
@Injectable()
export class DisconnectTenantHandler {
  private readonly logger = new Logger(DisconnectTenantHandler.name);

  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTestsStore) private readonly tests: ConnectionTestsStore,
    @Inject(CredentialCache) private readonly cache: CredentialCache,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  async handle(request: DisconnectTenantRequest): Promise<DisconnectTenantReply> {
    const caller = callerOf(request);
    const tenant = await this.tenants.findOwned(caller.orgId, String(request.tenantId));
    if (!tenant) throw notFound('Tenant', String(request.tenantId));
    const wasConnected = tenant.status !== TenantStatus.DISCONNECTED;
    const now = new Date();
    Object.assign(tenant, {
      status: TenantStatus.DISCONNECTED,
      secretCiphertext: null,
      secretIv: null,
      secretAuthTag: null,
      secretKeyId: null,
      secretVersion: tenant.secretVersion + (wasConnected ? 1 : 0),
      disconnectedAt: tenant.disconnectedAt ?? now,
      updatedAt: now,
    });
    const { id, orgId, displayName, createdAt, ...changes } = tenant;
    await this.tenants.update(id, changes);
    this.cache.evict(id);
    const dto = toTenantDto(tenant, (await this.tests.latestFor([id])).get(id));
    if (!wasConnected) return dto;
    this.logger.log(`tenant ${id} disconnected: secret deleted`);
    const event: TenantDisconnectedEvent = { tenantId: id, orgId, at: now.toISOString() };
    this.nc.publish(TENANT_DISCONNECTED_SUBJECT, codec.encode(JSON.stringify(event)));
    await this.audit.event(caller, {
      tenantId: id,
      code: ConnectorAuditCode.TENANT_DISCONNECTED,
      level: AuditLevel.INFO,
      message: `Tenant "${displayName}" disconnected: its client secret was deleted and no more tokens are issued (created ${createdAt.toISOString()}).`,
      details: { directoryTenantId: tenant.directoryTenantId, clientId: tenant.clientId },
    });
    return dto;
  }
}
