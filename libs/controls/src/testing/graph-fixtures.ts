import { GraphConditionalAccessPolicy, GraphUser, GraphUserRegistrationDetails } from '../datasets/graph-shapes';

/** Graph-shaped rows for specs: what Graph returns with the collectors' `$select`. */
export function member(id: string, overrides: Partial<GraphUser> = {}): GraphUser {
  return {
    id,
    displayName: `User ${id}`,
    userPrincipalName: `${id}@contoso.example`,
    accountEnabled: true,
    userType: 'Member',
    ...overrides,
  };
}

export function registration(id: string, isMfaRegistered: boolean): GraphUserRegistrationDetails {
  return {
    id,
    userPrincipalName: `${id}@contoso.example`,
    userDisplayName: `User ${id}`,
    isMfaRegistered,
    isMfaCapable: isMfaRegistered,
    methodsRegistered: isMfaRegistered ? ['microsoftAuthenticatorPush'] : [],
  };
}

/** "Require MFA for all users": enabled, everyone, every cloud app, nothing excluded. */
export function mfaForAllPolicy(overrides: Partial<GraphConditionalAccessPolicy> = {}): GraphConditionalAccessPolicy {
  return {
    id: 'ca-mfa-all',
    displayName: 'Require MFA for all users',
    state: 'enabled',
    conditions: {
      users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
      applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
      clientAppTypes: ['all'],
      platforms: null,
      locations: null,
      userRiskLevels: [],
      signInRiskLevels: [],
    },
    grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [] },
    ...overrides,
  };
}

export function forbidden(code = 'Authorization_RequestDenied', message = 'Insufficient privileges to complete the operation.') {
  return { error: { status: 403, code, message } };
}
