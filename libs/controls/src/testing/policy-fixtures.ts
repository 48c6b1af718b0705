import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';

type Conditions = NonNullable<GraphConditionalAccessPolicy['conditions']>;
type Grant = NonNullable<GraphConditionalAccessPolicy['grantControls']>;

export interface CaOverrides {
  id?: string;
  displayName?: string;
  state?: string;
  users?: Partial<NonNullable<Conditions['users']>>;
  applications?: Partial<NonNullable<Conditions['applications']>>;
  conditions?: Partial<Conditions>;
  /** Loosely typed: fixtures use values (e.g. custom strength combinations) the typings narrow. */
  grant?: Record<string, unknown>;
}

/** A Conditional Access policy as Graph returns it: everyone, every app, nothing excluded, unless overridden. */
export function caPolicy(overrides: CaOverrides = {}): GraphConditionalAccessPolicy {
  const id = overrides.id ?? 'ca-1';
  return {
    id,
    displayName: overrides.displayName ?? `Policy ${id}`,
    state: (overrides.state ?? 'enabled') as GraphConditionalAccessPolicy['state'],
    conditions: {
      users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [], ...overrides.users },
      applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [], ...overrides.applications },
      clientAppTypes: ['all'],
      platforms: null,
      locations: null,
      userRiskLevels: [],
      signInRiskLevels: [],
      ...overrides.conditions,
    },
    grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [], ...(overrides.grant as Partial<Grant>) },
  };
}

export const BLOCK: Record<string, unknown> = { builtInControls: ['block'] };
export const PHISHING_RESISTANT: Record<string, unknown> = {
  builtInControls: [],
  authenticationStrength: { id: 'custom-pr', displayName: 'Keys only', allowedCombinations: ['fido2', 'windowsHelloForBusiness'] },
};
export const MANAGED_DEVICE: Record<string, unknown> = { builtInControls: ['compliantDevice', 'domainJoinedDevice'] };

export const CA_PATH = 'v1.0/identity/conditionalAccess/policies';
