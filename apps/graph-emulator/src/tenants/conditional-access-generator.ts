import type {
  ConditionalAccessClientApp,
  ConditionalAccessGrantControl,
  ConditionalAccessPolicy,
  ConditionalAccessUsers,
} from '@microsoft/microsoft-graph-types';
import { seededGuid } from './seeded-random';
import { ConditionalAccessSpec } from './tenant-input.schema';
import { SALT } from './user-traits';

export const GLOBAL_ADMINISTRATOR_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';
const PRIVILEGED_ROLE_TEMPLATE_IDS = [
  GLOBAL_ADMINISTRATOR_TEMPLATE_ID,
  'e8611ab8-c189-46e8-94e1-60213ab1f814', // Privileged Role Administrator
  '194ae4cb-b126-40b2-bd5b-6091b380977d', // Security Administrator
];

interface PolicyShape {
  displayName: string;
  users: ConditionalAccessUsers;
  clientAppTypes: ConditionalAccessClientApp[];
  control: ConditionalAccessGrantControl;
}

const SHAPES: Record<ConditionalAccessSpec['kind'], PolicyShape> = {
  requireMfaAllUsers: {
    displayName: 'Require MFA for all users',
    users: { includeUsers: ['All'] },
    clientAppTypes: ['all'],
    control: 'mfa',
  },
  requireMfaAdmins: {
    displayName: 'Require MFA for administrators',
    users: { includeRoles: PRIVILEGED_ROLE_TEMPLATE_IDS },
    clientAppTypes: ['all'],
    control: 'mfa',
  },
  blockLegacyAuthentication: {
    displayName: 'Block legacy authentication',
    users: { includeUsers: ['All'] },
    clientAppTypes: ['exchangeActiveSync', 'other'],
    control: 'block',
  },
};

export function generateConditionalAccessPolicies(
  specs: readonly ConditionalAccessSpec[],
  seed: number,
  createdAt: string,
): ConditionalAccessPolicy[] {
  return specs.map((spec, index) => toPolicy(spec, seededGuid(seed, index, SALT.policy), createdAt));
}

function toPolicy(spec: ConditionalAccessSpec, id: string, createdAt: string): ConditionalAccessPolicy {
  const shape = SHAPES[spec.kind];
  return {
    id,
    templateId: null,
    displayName: spec.displayName ?? shape.displayName,
    createdDateTime: createdAt,
    modifiedDateTime: null,
    state: spec.state,
    sessionControls: null,
    conditions: {
      userRiskLevels: [],
      signInRiskLevels: [],
      clientAppTypes: shape.clientAppTypes,
      platforms: null,
      locations: null,
      devices: null,
      clientApplications: null,
      applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
      users: { ...emptyUsers(), ...shape.users },
    },
    grantControls: {
      operator: 'OR',
      builtInControls: [shape.control],
      customAuthenticationFactors: [],
      termsOfUse: [],
      authenticationStrength: null,
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
