/**
 * Datasets are named by the Graph request path (version included, no host or query), exactly as
 * tenant snapshots key them (DESIGN.md, "Tenant snapshot format").
 */
export const DatasetPath = {
  Users: 'v1.0/users',
  UserRegistrationDetails: 'beta/reports/authenticationMethods/userRegistrationDetails',
  ConditionalAccessPolicies: 'v1.0/identity/conditionalAccess/policies',
} as const;

/**
 * Every dataset the full catalog (ENTRA_CATALOG) reads. `DatasetPath` above lists those the scanner
 * collects today (its spec checks a collector exists for each); the scanner's wiring of issue 6 adds
 * collectors for the rest and merges the two.
 */
export const CatalogDatasetPath = {
  ...DatasetPath,
  AuthorizationPolicy: 'v1.0/policies/authorizationPolicy',
  SecurityDefaults: 'v1.0/policies/identitySecurityDefaultsEnforcementPolicy',
  AuthenticationMethodsPolicy: 'beta/policies/authenticationMethodsPolicy',
  AdminConsentRequestPolicy: 'v1.0/policies/adminConsentRequestPolicy',
  DefaultAppManagementPolicy: 'v1.0/policies/defaultAppManagementPolicy',
  Domains: 'v1.0/domains',
  GroupSettings: 'v1.0/groupSettings',
  SubscribedSkus: 'v1.0/subscribedSkus',
  RoleAssignments: 'v1.0/roleManagement/directory/roleAssignments',
  RoleEligibilitySchedules: 'v1.0/roleManagement/directory/roleEligibilitySchedules',
  RoleAssignmentScheduleInstances: 'v1.0/roleManagement/directory/roleAssignmentScheduleInstances',
  RoleManagementPolicyAssignments: 'v1.0/policies/roleManagementPolicyAssignments',
  RoleAssignableGroups: 'v1.0/groups',
  Applications: 'v1.0/applications',
  ServicePrincipals: 'v1.0/servicePrincipals',
  OAuth2PermissionGrants: 'v1.0/oauth2PermissionGrants',
  ReferencedDirectoryObjects: 'v1.0/directoryObjects/getByIds',
  DirectoryAudits: 'v1.0/auditLogs/directoryAudits',
} as const;

export type DatasetPath = (typeof CatalogDatasetPath)[keyof typeof CatalogDatasetPath];
