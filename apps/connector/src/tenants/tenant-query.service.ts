import { Inject, Injectable } from '@nestjs/common';
import { GetTenantReply, GetTenantRequest, ListTenantsReply, ListTenantsRequest, notFound } from '@trueconfig/common';
import { ConnectionTestsStore } from '../connection-tests/connection-tests.store';
import { requireOrgId } from './caller';
import { decodeTenantCursor, encodeTenantCursor, validatePageSize } from './tenant-cursor';
import { TenantsStore } from './tenants.store';
import { toTenantDto } from './to-tenant-dto';

/** Reads, always within the caller's organisation. */
@Injectable()
export class TenantQueryService {
  constructor(
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(ConnectionTestsStore) private readonly tests: ConnectionTestsStore,
  ) {}

  async get(request: GetTenantRequest): Promise<GetTenantReply> {
    const orgId = requireOrgId(request?.orgId);
    const tenant = await this.tenants.findOwned(orgId, String(request.tenantId));
    if (!tenant) throw notFound('Tenant', String(request.tenantId));
    const latest = await this.tests.latestFor([tenant.id]);
    return toTenantDto(tenant, latest.get(tenant.id));
  }

  async list(request: ListTenantsRequest): Promise<ListTenantsReply> {
    const orgId = requireOrgId(request?.orgId);
    const first = validatePageSize(request.first);
    const rows = await this.tenants.page(orgId, first + 1, decodeTenantCursor(request.after));
    const items = rows.slice(0, first);
    const latest = await this.tests.latestFor(items.map((t) => t.id));
    const last = items[items.length - 1];
    return {
      items: items.map((t) => toTenantDto(t, latest.get(t.id))),
      endCursor: last ? encodeTenantCursor(last) : null,
      hasNextPage: rows.length > first,
    };
  }
}
