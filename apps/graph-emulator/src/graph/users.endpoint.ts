import { graphError, GRAPH_ERRORS } from '../http/graph-error';
import { GraphContext, GraphEndpoint } from './graph-endpoint';
import { pagedCollection } from './paged-collection';

/** What GET /users returns without `$select` (accountEnabled, userType, signInActivity need selecting). */
export const USER_DEFAULT_SELECT = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

function selectsSignInActivity(context: GraphContext): boolean {
  return context.query.select?.some((field) => field.toLowerCase() === 'signinactivity') ?? false;
}

export const usersEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/users',
  versions: ['v1.0', 'beta'],
  baseCost: 2,
  handle(context) {
    const { tenant } = context.caller;
    const signIns = selectsSignInActivity(context);
    if (signIns && tenant.licence === 'free') {
      return graphError(context.request, 403, GRAPH_ERRORS.nonPremiumTenant.code, GRAPH_ERRORS.nonPremiumTenant.message);
    }
    const population = tenant.population;
    return pagedCollection(
      context,
      { total: population.count, item: (index) => population.user(index) },
      { context: 'users', limits: { defaultTop: 100, maxTop: signIns ? 500 : 999 }, defaultSelect: USER_DEFAULT_SELECT },
    );
  },
};
