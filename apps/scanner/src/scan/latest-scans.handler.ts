import { Injectable } from '@nestjs/common';
import { badInput, isGuid, LatestScansReply, LatestScansRequest } from '@trueconfig/common';
import { ScanQuery } from './scan.query';

export const MAX_TENANTS_PER_BATCH = 500;

/** Batched for the gateway's DataLoader: one entry per requested id, in order, null where none. */
@Injectable()
export class LatestScansHandler {
  constructor(private readonly query: ScanQuery) {}

  async handle(request: LatestScansRequest): Promise<LatestScansReply> {
    if (!Array.isArray(request.tenantIds)) throw badInput('tenantIds', 'tenantIds must be a list of tenant ids.');
    if (request.tenantIds.length > MAX_TENANTS_PER_BATCH) {
      throw badInput('tenantIds', `At most ${MAX_TENANTS_PER_BATCH} tenant ids per request.`);
    }
    const ids = [...new Set(request.tenantIds.filter((id) => typeof id === 'string' && isGuid(id)))];
    const latest = await this.query.latestForTenants(request.orgId, ids);
    return request.tenantIds.map((id) => latest.get(id) ?? null);
  }
}
