import type { Application, OAuth2PermissionGrant, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { GRAPH_APP_ID } from '../entra/access-token';
import { seededGuid } from '../tenants/seeded-random';

const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
const SALT_SP = 53;
const SALT_GRANT = 54;

export interface PrincipalSource {
  appId: string;
  id: string;
  displayName: string;
  ownerTenantId: string;
  enabled: boolean;
}

export function servicePrincipal(source: PrincipalSource): ServicePrincipal {
  return {
    id: source.id,
    appId: source.appId,
    displayName: source.displayName,
    accountEnabled: source.enabled,
    servicePrincipalType: 'Application',
    appOwnerOrganizationId: source.ownerTenantId,
    signInAudience: 'AzureADMyOrg',
    appRoles: [],
    keyCredentials: [],
    passwordCredentials: [],
    servicePrincipalNames: [source.appId],
    tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
  };
}

export function graphServicePrincipal(seed: number): ServicePrincipal {
  const id = seededGuid(seed, 0, SALT_SP);
  return servicePrincipal({ id, appId: GRAPH_APP_ID, displayName: 'Microsoft Graph', ownerTenantId: MICROSOFT_TENANT_ID, enabled: true });
}

export function generatedAppPrincipals(apps: readonly Application[], seed: number, tenantId: string): ServicePrincipal[] {
  return apps.map((app, index) =>
    servicePrincipal({ id: seededGuid(seed, index + 1, SALT_SP), appId: app.appId ?? '', displayName: app.displayName ?? '', ownerTenantId: tenantId, enabled: true }),
  );
}

/** Tenant-wide delegated consents: every generated app gets User.Read; the first also a risky mail scope. */
export function permissionGrants(principals: readonly ServicePrincipal[], graph: ServicePrincipal, seed: number): OAuth2PermissionGrant[] {
  return principals.map((principal, index) => ({
    id: seededGuid(seed, index, SALT_GRANT),
    clientId: principal.id ?? '',
    consentType: 'AllPrincipals',
    principalId: null,
    resourceId: graph.id ?? '',
    scope: index === 0 ? 'User.Read Mail.Read offline_access' : 'User.Read openid profile',
  }));
}
