import { directoryAudits, signIns } from '../../directory/audit-log';
import { withRecordedAudits } from '../../directory/recorded-audits';
import { collectionEndpoint } from '../endpoint-builders';
import { GraphEndpoint } from '../graph-endpoint';

export const REPORT_ENDPOINTS: readonly GraphEndpoint[] = [
  collectionEndpoint({
    path: '/auditLogs/directoryAudits',
    throttle: 'reports',
    filterable: ['activityDateTime', 'category', 'activityDisplayName'],
    // Changes made through the control API first (newest), then the generated history.
    items: ({ caller: { tenant } }) =>
      withRecordedAudits(tenant, directoryAudits(tenant.spec.auditEventsPerDay, tenant.directory.seed, tenant.referenceMs, tenant.population)),
  }),
  collectionEndpoint({
    path: '/auditLogs/signIns',
    throttle: 'reports',
    filterable: ['createdDateTime', 'userId', 'appId'],
    licence: 'p1',
    items: ({ caller: { tenant } }) => signIns(tenant.spec.signInsPerDay, tenant.directory.seed, tenant.referenceMs, tenant.population),
  }),
  /** The tenant-wide MFA registration report: one record per user, read in pages. */
  collectionEndpoint({
    path: '/reports/authenticationMethods/userRegistrationDetails',
    throttle: 'reports',
    licence: 'p1',
    items: ({ caller: { tenant } }) => ({ total: tenant.population.count, item: (index) => tenant.population.registrationDetails(index) }),
  }),
];
