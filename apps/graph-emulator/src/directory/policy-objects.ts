import type {
  AdminConsentRequestPolicy,
  AuthorizationPolicy,
  IdentitySecurityDefaultsEnforcementPolicy,
} from '@microsoft/microsoft-graph-types';
import { GUEST_ROLE_IDS, TenantSettings } from '../tenants/tenant-settings.schema';

export function authorizationPolicy(settings: TenantSettings): AuthorizationPolicy {
  const p = settings.authorizationPolicy;
  return {
    id: 'authorizationPolicy',
    displayName: 'Authorization Policy',
    description: 'Used to manage authorization related settings across the company.',
    allowInvitesFrom: p.allowInvitesFrom,
    allowedToSignUpEmailBasedSubscriptions: p.allowedToSignUpEmailBasedSubscriptions,
    allowedToUseSSPR: true,
    allowEmailVerifiedUsersToJoinOrganization: p.allowEmailVerifiedUsersToJoinOrganization,
    allowUserConsentForRiskyApps: p.allowUserConsentForRiskyApps,
    blockMsolPowerShell: p.blockMsolPowerShell,
    guestUserRoleId: GUEST_ROLE_IDS[p.guestUserRole],
    defaultUserRolePermissions: {
      allowedToCreateApps: p.allowedToCreateApps,
      allowedToCreateSecurityGroups: p.allowedToCreateSecurityGroups,
      allowedToCreateTenants: p.allowedToCreateTenants,
      allowedToReadBitlockerKeysForOwnedDevice: p.allowedToReadBitlockerKeysForOwnedDevice,
      allowedToReadOtherUsers: p.allowedToReadOtherUsers,
      permissionGrantPoliciesAssigned: [...p.permissionGrantPoliciesAssigned],
    },
  };
}

export function securityDefaultsPolicy(settings: TenantSettings): IdentitySecurityDefaultsEnforcementPolicy {
  return {
    id: '00000000-0000-0000-0000-000000000005',
    displayName: 'Security Defaults',
    description:
      'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these ' +
      'recommendations will be automatically enforced in your organization.',
    isEnabled: settings.securityDefaultsEnabled,
  };
}

/** Reviewers are the first generated administrators. */
export function adminConsentRequestPolicy(settings: TenantSettings, reviewerIds: readonly string[]): AdminConsentRequestPolicy {
  const { isEnabled, reviewers } = settings.adminConsentRequests;
  return {
    isEnabled,
    notifyReviewers: isEnabled,
    remindersEnabled: isEnabled,
    requestDurationInDays: isEnabled ? 30 : 0,
    version: 1,
    reviewers: reviewerIds.slice(0, reviewers).map((id) => ({ query: `/users/${id}`, queryType: 'MicrosoftGraph', queryRoot: null })),
  };
}
