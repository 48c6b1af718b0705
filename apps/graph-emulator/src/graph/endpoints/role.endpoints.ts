import { assignmentScheduleInstances, eligibilitySchedules, roleAssignments, roleDefinitions } from '../../directory/role-objects';
import { graphError } from '../../http/graph-error';
import { collectionEndpoint } from '../endpoint-builders';
import { GraphEndpoint } from '../graph-endpoint';
import { arraySource, pagedCollection } from '../paged-collection';

const ROLES = '/roleManagement/directory';

export const ROLE_ENDPOINTS: readonly GraphEndpoint[] = [
  collectionEndpoint({ path: `${ROLES}/roleDefinitions`, items: () => roleDefinitions() }),
  collectionEndpoint({
    path: `${ROLES}/roleAssignments`,
    filterable: ['roleDefinitionId', 'principalId'],
    items: ({ caller: { tenant } }) => roleAssignments(tenant.directory.memberships, tenant.directory.roleContext),
  }),
  collectionEndpoint({
    path: `${ROLES}/roleEligibilitySchedules`,
    licence: 'p2',
    items: ({ caller: { tenant } }) => eligibilitySchedules(tenant.directory.memberships, tenant.directory.roleContext),
  }),
  collectionEndpoint({
    path: `${ROLES}/roleAssignmentScheduleInstances`,
    licence: 'p2',
    items: ({ caller: { tenant } }) => assignmentScheduleInstances(tenant.directory.memberships, tenant.directory.roleContext),
  }),
  collectionEndpoint({ path: '/directoryRoles', items: ({ caller }) => caller.tenant.directory.directoryRoles }),
  {
    method: 'GET',
    path: '/directoryRoles/:roleId/members',
    versions: ['v1.0', 'beta'],
    baseCost: 3,
    handle(context) {
      const { roleId } = context.request.params;
      const members = context.caller.tenant.directory.roleMembers(roleId);
      if (!members) {
        const message = `Resource '${roleId}' does not exist or one of its queried reference-property objects are not present.`;
        return graphError(context.request, 404, 'Request_ResourceNotFound', message);
      }
      return pagedCollection(context, arraySource(members), { context: 'directoryObjects', limits: { defaultTop: 100, maxTop: 999 } });
    },
  },
];
