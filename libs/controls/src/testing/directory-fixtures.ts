export const GA = '62e90394-69f5-4237-9190-012177145e10';
export const EXCHANGE_ADMIN = '29232cdf-9323-42fd-ade2-1d097af3e4de';
export const SECURITY_ADMIN = '194ae4cb-b126-40b2-bd5b-6091b380977d';

export const PATHS = {
  users: 'v1.0/users',
  registrations: 'beta/reports/authenticationMethods/userRegistrationDetails',
  roleAssignments: 'v1.0/roleManagement/directory/roleAssignments',
  eligibility: 'v1.0/roleManagement/directory/roleEligibilitySchedules',
  instances: 'v1.0/roleManagement/directory/roleAssignmentScheduleInstances',
  roleSettings: 'v1.0/policies/roleManagementPolicyAssignments',
  roleGroups: 'v1.0/groups',
  authorizationPolicy: 'v1.0/policies/authorizationPolicy',
  authMethods: 'beta/policies/authenticationMethodsPolicy',
  securityDefaults: 'v1.0/policies/identitySecurityDefaultsEnforcementPolicy',
  adminConsent: 'v1.0/policies/adminConsentRequestPolicy',
  appManagement: 'v1.0/policies/defaultAppManagementPolicy',
  domains: 'v1.0/domains',
  groupSettings: 'v1.0/groupSettings',
  skus: 'v1.0/subscribedSkus',
  applications: 'v1.0/applications',
  servicePrincipals: 'v1.0/servicePrincipals',
  grants: 'v1.0/oauth2PermissionGrants',
  referenced: 'v1.0/directoryObjects/getByIds',
} as const;

export function roleAssignment(principalId: string, roleDefinitionId = GA, principal: Record<string, unknown> = {}) {
  return {
    id: `ra-${principalId}-${roleDefinitionId.slice(0, 4)}`,
    principalId,
    roleDefinitionId,
    directoryScopeId: '/',
    principal: { '@odata.type': '#microsoft.graph.user', id: principalId, displayName: `User ${principalId}`, userPrincipalName: `${principalId}@contoso.example`, ...principal },
  };
}

export function servicePrincipalAssignment(principalId: string, roleDefinitionId = GA, appId = `app-${principalId}`) {
  return roleAssignment(principalId, roleDefinitionId, { '@odata.type': '#microsoft.graph.servicePrincipal', displayName: `App ${principalId}`, appId, userPrincipalName: undefined });
}

export function directoryUser(id: string, overrides: Record<string, unknown> = {}) {
  return { id, displayName: `User ${id}`, userPrincipalName: `${id}@contoso.example`, accountEnabled: true, userType: 'Member', createdDateTime: '2024-01-01T00:00:00Z', onPremisesSyncEnabled: null, ...overrides };
}

export function adminRegistration(id: string, methodsRegistered: string[], overrides: Record<string, unknown> = {}) {
  return { id, userPrincipalName: `${id}@contoso.example`, userDisplayName: `User ${id}`, userType: 'member', isAdmin: true, isMfaRegistered: methodsRegistered.length > 0, methodsRegistered, ...overrides };
}
