import { GraphEndpoint } from './graph-endpoint';
import { pagedCollection } from './paged-collection';

/** The tenant-wide MFA registration report: one record per user, read in pages. */
export const userRegistrationDetailsEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/reports/authenticationMethods/userRegistrationDetails',
  versions: ['beta', 'v1.0'],
  baseCost: 1,
  requiresPremium: true,
  handle(context) {
    const population = context.caller.tenant.population;
    return pagedCollection(
      context,
      { total: population.count, item: (index) => population.registrationDetails(index) },
      { context: 'reports/authenticationMethods/userRegistrationDetails', limits: { defaultTop: 100, maxTop: 999 } },
    );
  },
};
