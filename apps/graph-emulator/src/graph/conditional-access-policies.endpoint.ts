import { GraphEndpoint } from './graph-endpoint';
import { arraySource, pagedCollection } from './paged-collection';

export const conditionalAccessPoliciesEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/identity/conditionalAccess/policies',
  versions: ['v1.0', 'beta'],
  baseCost: 1,
  handle(context) {
    return pagedCollection(context, arraySource(context.caller.tenant.conditionalAccessPolicies), {
      context: 'identity/conditionalAccess/policies',
      limits: { defaultTop: 100, maxTop: 999 },
    });
  },
};
