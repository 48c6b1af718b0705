import { appRoleAssignments } from '../../directory/app-role-assignments';
import { graphError } from '../../http/graph-error';
import { GraphEndpoint } from '../graph-endpoint';
import { arraySource, pagedCollection } from '../paged-collection';

/** AP-06: the application permissions granted to one service principal. */
export const appRoleAssignmentsEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/servicePrincipals/:servicePrincipalId/appRoleAssignments',
  versions: ['v1.0', 'beta'],
  baseCost: 1,
  handle(context) {
    const { servicePrincipalId } = context.request.params;
    const { directory, referenceMs } = context.caller.tenant;
    const permissions = directory.grantedPermissions(servicePrincipalId);
    const principal = directory.servicePrincipals().find((candidate) => candidate.id === servicePrincipalId);
    if (!permissions || !principal) {
      const message = `Resource '${servicePrincipalId}' does not exist or one of its queried reference-property objects are not present.`;
      return graphError(context.request, 404, 'Request_ResourceNotFound', message);
    }
    const assignments = appRoleAssignments(principal, permissions, directory.graphPrincipal, new Date(referenceMs).toISOString());
    return pagedCollection(context, arraySource(assignments), { context: `servicePrincipals('${servicePrincipalId}')/appRoleAssignments`, limits: { defaultTop: 100, maxTop: 999 } });
  },
};
