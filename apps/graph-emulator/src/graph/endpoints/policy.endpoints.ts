import { defaultAppManagementPolicy, groupSettings } from '../../directory/app-management-policy';
import { authenticationMethodsPolicy } from '../../directory/authentication-methods-policy';
import { adminConsentRequestPolicy, authorizationPolicy, securityDefaultsPolicy } from '../../directory/policy-objects';
import { collectionEndpoint, singletonEndpoint } from '../endpoint-builders';
import { GraphEndpoint } from '../graph-endpoint';

export const POLICY_ENDPOINTS: readonly GraphEndpoint[] = [
  collectionEndpoint({
    path: '/identity/conditionalAccess/policies',
    throttle: 'conditionalAccess',
    items: ({ caller }) => caller.tenant.conditionalAccessPolicies,
  }),
  collectionEndpoint({
    path: '/identity/conditionalAccess/namedLocations',
    throttle: 'conditionalAccess',
    items: ({ caller }) => caller.tenant.directory.namedLocations,
  }),
  singletonEndpoint({
    path: '/policies/authorizationPolicy',
    wrapInValueOnBeta: true,
    build: ({ caller }) => authorizationPolicy(caller.tenant.settings),
  }),
  singletonEndpoint({
    path: '/policies/identitySecurityDefaultsEnforcementPolicy',
    build: ({ caller }) => securityDefaultsPolicy(caller.tenant.settings),
  }),
  singletonEndpoint({
    path: '/policies/authenticationMethodsPolicy',
    build: ({ caller: { tenant }, version }) =>
      authenticationMethodsPolicy(tenant.settings, version, new Date(tenant.referenceMs).toISOString()),
  }),
  singletonEndpoint({
    path: '/policies/adminConsentRequestPolicy',
    build: ({ caller: { tenant } }) => adminConsentRequestPolicy(tenant.settings, tenant.directory.adminIds()),
  }),
  singletonEndpoint({ path: '/policies/defaultAppManagementPolicy', build: ({ caller }) => defaultAppManagementPolicy(caller.tenant.settings) }),
  collectionEndpoint({ path: '/groupSettings', items: ({ caller }) => groupSettings(caller.tenant.settings) }),
];
