import { policyAssignments, policyRules, rolePolicies } from '../../directory/role-management-policies';
import { graphError } from '../../http/graph-error';
import { collectionEndpoint } from '../endpoint-builders';
import { GraphEndpoint } from '../graph-endpoint';
import { arraySource, pagedCollection } from '../paged-collection';

/** PA-06 and PA-07: PIM role settings (Entra ID P2). */
export const PIM_POLICY_ENDPOINTS: readonly GraphEndpoint[] = [
  collectionEndpoint({
    path: '/policies/roleManagementPolicyAssignments',
    licence: 'p2',
    filterable: ['scopeId', 'scopeType', 'roleDefinitionId'],
    items: ({ caller: { tenant } }) => policyAssignments(rolePolicies(tenant.tenantId, tenant.directory.seed)),
  }),
  {
    method: 'GET',
    path: '/policies/roleManagementPolicies/:policyId/rules',
    versions: ['v1.0', 'beta'],
    baseCost: 1,
    licence: 'p2',
    handle(context) {
      const { tenant } = context.caller;
      const { policyId } = context.request.params;
      const ref = rolePolicies(tenant.tenantId, tenant.directory.seed).find((candidate) => candidate.policyId === policyId);
      if (!ref) return graphError(context.request, 404, 'ResourceNotFound', `Resource '${policyId}' does not exist.`);
      const rules = policyRules(ref, tenant.settings);
      return pagedCollection(context, arraySource(rules), { context: `policies/roleManagementPolicies('${policyId}')/rules`, limits: { defaultTop: 100, maxTop: 999 } });
    },
  },
];
