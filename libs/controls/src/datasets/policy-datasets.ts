import { DatasetDefinition } from './dataset-definition';
import { CatalogDatasetPath, DatasetPath } from './dataset-path';

const policy = (path: DatasetPath, label: string, fields?: string[], aliases?: string[]): DatasetDefinition => ({
  path,
  label,
  kind: 'singleton',
  growsWithUsers: false,
  permissions: ['Policy.Read.All'],
  licence: 'free',
  fields,
  aliases,
});

/** Tenant-wide policy singletons and the Conditional Access policies (few: held whole). */
export const POLICY_DATASETS: readonly DatasetDefinition[] = [
  {
    path: DatasetPath.ConditionalAccessPolicies,
    label: 'Conditional Access policy',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Policy.Read.All'],
    licence: 'p1',
    aliases: ['beta/identity/conditionalAccess/policies'],
  },
  policy(
    CatalogDatasetPath.AuthorizationPolicy,
    'Authorization policy',
    [
      'id',
      'allowInvitesFrom',
      'guestUserRoleId',
      'allowEmailVerifiedUsersToJoinOrganization',
      'allowedToSignUpEmailBasedSubscriptions',
      'allowUserConsentForRiskyApps',
      'blockMsolPowerShell',
      'defaultUserRolePermissions',
    ],
    ['beta/policies/authorizationPolicy'],
  ),
  policy(CatalogDatasetPath.SecurityDefaults, 'Security defaults', ['id', 'isEnabled'], ['beta/policies/identitySecurityDefaultsEnforcementPolicy']),
  // beta: systemCredentialPreferences (system-preferred MFA) exists only there; v1.0 is accepted without it.
  policy(CatalogDatasetPath.AuthenticationMethodsPolicy, 'Authentication methods policy', undefined, ['v1.0/policies/authenticationMethodsPolicy']),
  policy(CatalogDatasetPath.AdminConsentRequestPolicy, 'Admin consent request policy', ['id', 'isEnabled', 'reviewers', 'notifyReviewers', 'requestDurationInDays']),
  policy(CatalogDatasetPath.DefaultAppManagementPolicy, 'Default app management policy', ['id', 'isEnabled', 'applicationRestrictions', 'servicePrincipalRestrictions']),
  {
    path: CatalogDatasetPath.GroupSettings,
    label: 'Directory settings',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Directory.Read.All'],
    licence: 'free',
    fields: ['id', 'displayName', 'templateId', 'values'],
  },
  {
    path: CatalogDatasetPath.Domains,
    label: 'Domain',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Directory.Read.All', 'Domain.Read.All'],
    licence: 'free',
    fields: ['id', 'authenticationType', 'isVerified', 'isDefault', 'isInitial', 'passwordValidityPeriodInDays'],
  },
  {
    path: CatalogDatasetPath.SubscribedSkus,
    label: 'Subscribed SKU',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Directory.Read.All', 'Organization.Read.All'],
    licence: 'free',
    fields: ['id', 'skuPartNumber', 'capabilityStatus', 'servicePlans'],
  },
];
