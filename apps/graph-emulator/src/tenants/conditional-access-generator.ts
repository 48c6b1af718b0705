import type { ConditionalAccessPolicy, ConditionalAccessUsers } from '@microsoft/microsoft-graph-types';
import { POLICY_SHAPES } from './conditional-access-shapes';
import { seededGuid } from './seeded-random';
import { ConditionalAccessSpec } from './tenant-input.schema';
import { SALT } from './user-traits';


export function generateConditionalAccessPolicies(
  specs: readonly ConditionalAccessSpec[],
  seed: number,
  createdAt: string,
): ConditionalAccessPolicy[] {
  return specs.map((spec, index) => toPolicy(spec, seededGuid(seed, index, SALT.policy), createdAt));
}

function toPolicy(spec: ConditionalAccessSpec, id: string, createdAt: string): ConditionalAccessPolicy {
  const shape = POLICY_SHAPES[spec.kind];
  const userActions = shape.userActions ?? [];
  return {
    id,
    templateId: null,
    displayName: spec.displayName ?? shape.displayName,
    createdDateTime: createdAt,
    modifiedDateTime: null,
    state: spec.state,
    sessionControls: null,
    conditions: {
      userRiskLevels: shape.userRiskLevels ?? [],
      signInRiskLevels: shape.signInRiskLevels ?? [],
      clientAppTypes: shape.clientAppTypes,
      platforms: null,
      locations: null,
      devices: null,
      clientApplications: null,
      // A user-action policy targets the action instead of cloud apps.
      applications: { includeApplications: userActions.length ? [] : ['All'], excludeApplications: [], includeUserActions: userActions },
      users: { ...emptyUsers(), ...shape.users, excludeUsers: [...spec.excludeUsers] },
      ...(shape.transferMethods ? { authenticationFlows: { transferMethods: shape.transferMethods } } : {}),
    },
    grantControls: {
      operator: shape.operator ?? 'OR',
      builtInControls: shape.controls,
      customAuthenticationFactors: [],
      termsOfUse: [],
      authenticationStrength: shape.strength ?? null,
    },
  };
}

function emptyUsers(): ConditionalAccessUsers {
  return {
    includeUsers: [],
    excludeUsers: [],
    includeGroups: [],
    excludeGroups: [],
    includeRoles: [],
    excludeRoles: [],
    includeGuestsOrExternalUsers: null,
    excludeGuestsOrExternalUsers: null,
  };
}
