import type { User } from '@microsoft/microsoft-graph-types';
import { graphError } from '../../http/graph-error';
import { Tenant } from '../../tenants/tenant';
import { GraphContext, GraphEndpoint } from '../graph-endpoint';
import { IndexedSource, pagedCollection } from '../paged-collection';

/** Group g has 5·(g+1) members (capped at the user count), spread over the population by a fixed stride. */
export function groupMemberSource(tenant: Tenant, groupIndex: number): IndexedSource<User & { '@odata.type': string }> {
  const users = tenant.population.count;
  const total = Math.min(users, 5 * (groupIndex + 1));
  const stride = Math.max(1, Math.floor(users / Math.max(1, total)));
  return {
    total,
    item: (k) => ({ '@odata.type': '#microsoft.graph.user', ...tenant.population.user((groupIndex + k * stride) % users) }),
  };
}

function members(context: GraphContext) {
  const { tenant } = context.caller;
  const { groupId } = context.request.params;
  const index = tenant.directory.groups.findIndex((group) => group.id === groupId);
  if (index < 0) {
    const message = `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`;
    return graphError(context.request, 404, 'Request_ResourceNotFound', message);
  }
  return pagedCollection(context, groupMemberSource(tenant, index), { context: 'directoryObjects', limits: { defaultTop: 100, maxTop: 999 } });
}

/** Groups hold users only (no nesting), so transitive members equal direct members; Graph charges them differently. */
export const GROUP_MEMBER_ENDPOINTS: readonly GraphEndpoint[] = [
  { method: 'GET', path: '/groups/:groupId/members', versions: ['v1.0', 'beta'], baseCost: 3, handle: members },
  { method: 'GET', path: '/groups/:groupId/transitiveMembers', versions: ['v1.0', 'beta'], baseCost: 5, handle: members },
];
