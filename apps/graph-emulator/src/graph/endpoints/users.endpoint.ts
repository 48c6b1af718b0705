import { graphError, GRAPH_ERRORS } from '../../http/graph-error';
import { UserPopulation } from '../../tenants/user-population';
import { GraphContext, GraphEndpoint } from '../graph-endpoint';
import { pagedCollection } from '../paged-collection';

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

/** The `$filter` forms a scanner uses on users. */
export const USER_FILTERABLE = [
  'userType',
  'accountEnabled',
  'onPremisesSyncEnabled',
  'signInActivity/lastSignInDateTime',
  'signInActivity/lastNonInteractiveSignInDateTime',
];

function readsSignInActivity(context: GraphContext): boolean {
  const selected = context.query.select?.some((field) => field.toLowerCase() === 'signinactivity') ?? false;
  return selected || /signinactivity\//i.test(context.query.filter ?? '');
}

/** Users deleted through the control API vanish from listings. */
function withoutDeleted(context: GraphContext, population: UserPopulation): GraphContext {
  if (population.changes.deletedCount === 0) return context;
  const deletedIds = new Set(population.changes.since(0).filter((entry) => entry.change === 'deleted').map((entry) => population.user(entry.index).id));
  const kept = (item: object) => !deletedIds.has((item as { id?: string }).id ?? '');
  const filter = context.filter;
  return { ...context, filter: filter ? (item) => kept(item) && filter(item) : kept };
}

export const usersEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/users',
  versions: ['v1.0', 'beta'],
  baseCost: 2,
  filterable: USER_FILTERABLE,
  handle(context) {
    const { tenant } = context.caller;
    const signIns = readsSignInActivity(context);
    if (signIns && tenant.licence === 'free') {
      return graphError(context.request, 403, GRAPH_ERRORS.nonPremiumTenant.code, GRAPH_ERRORS.nonPremiumTenant.message);
    }
    const population = tenant.population;
    return pagedCollection(
      withoutDeleted(context, population),
      { total: population.count, item: (index) => population.user(index) },
      { context: 'users', limits: { defaultTop: 100, maxTop: signIns ? 500 : 999 }, defaultSelect: USER_DEFAULT_SELECT },
    );
  },
};
