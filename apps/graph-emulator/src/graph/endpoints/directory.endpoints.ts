import type { Application } from '@microsoft/microsoft-graph-types';
import { domains, subscribedSkus } from '../../directory/tenant-objects';
import { permissionGrants } from '../../directory/service-principals';
import { AppRegistration } from '../../tenants/app-registration';
import { Tenant } from '../../tenants/tenant';
import { collectionEndpoint } from '../endpoint-builders';
import { appRoleAssignmentsEndpoint } from './app-role-assignments.endpoint';
import { getByIdsEndpoint } from './get-by-ids.endpoint';
import { GROUP_MEMBER_ENDPOINTS } from './group-members.endpoint';
import { GraphEndpoint } from '../graph-endpoint';

/** The connector's own registrations (not the service principals of apps consented from elsewhere). */
function registeredApplication(app: AppRegistration, tenant: Tenant): Application {
  return {
    id: app.objectId,
    appId: app.clientId,
    displayName: app.displayName,
    createdDateTime: app.createdDateTime,
    signInAudience: app.multiTenant ? 'AzureADMultipleOrgs' : 'AzureADMyOrg',
    publisherDomain: tenant.defaultDomain,
    keyCredentials: [],
    requiredResourceAccess: [],
    passwordCredentials: app.secrets.map((secret) => ({
      customKeyIdentifier: null,
      displayName: secret.displayName,
      endDateTime: secret.endDateTime,
      hint: secret.hint,
      keyId: secret.secretId,
      secretText: null,
      startDateTime: secret.startDateTime,
    })),
  };
}

function applications(tenant: Tenant): Application[] {
  const registered = [...tenant.apps.values()].filter((app) => !app.homeTenantId).map((app) => registeredApplication(app, tenant));
  return [...tenant.directory.generatedApplications, ...registered];
}

export const DIRECTORY_ENDPOINTS: readonly GraphEndpoint[] = [
  collectionEndpoint({ path: '/groups', filterable: ['isAssignableToRole'], items: ({ caller }) => caller.tenant.directory.groups }),
  ...GROUP_MEMBER_ENDPOINTS,
  collectionEndpoint({
    path: '/domains',
    items: ({ caller: { tenant } }) =>
      domains(tenant.domains, tenant.initialDomain, tenant.defaultDomain, tenant.settings.passwordValidityPeriodInDays),
  }),
  collectionEndpoint({
    path: '/subscribedSkus',
    baseCost: 3,
    items: ({ caller: { tenant } }) => subscribedSkus(tenant.tenantId, tenant.licence, tenant.population.stats.members),
  }),
  collectionEndpoint({ path: '/applications', baseCost: 2, items: ({ caller }) => applications(caller.tenant) }),
  collectionEndpoint({ path: '/servicePrincipals', items: ({ caller }) => caller.tenant.directory.servicePrincipals() }),
  appRoleAssignmentsEndpoint,
  getByIdsEndpoint,
  collectionEndpoint({
    path: '/oauth2PermissionGrants',
    items: ({ caller: { tenant } }) => permissionGrants(tenant.directory.generatedPrincipals, tenant.directory.graphPrincipal, tenant.directory.seed),
  }),
];
