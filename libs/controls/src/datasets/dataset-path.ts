/**
 * Datasets are named by the Graph request path (version included, no host or query), exactly as
 * tenant snapshots key them (DESIGN.md, "Tenant snapshot format").
 */
export const DatasetPath = {
  Users: 'v1.0/users',
  UserRegistrationDetails: 'beta/reports/authenticationMethods/userRegistrationDetails',
  ConditionalAccessPolicies: 'v1.0/identity/conditionalAccess/policies',
} as const;

export type DatasetPath = (typeof DatasetPath)[keyof typeof DatasetPath];
