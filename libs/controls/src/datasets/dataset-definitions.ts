import { DatasetDefinition } from './dataset-definition';
import { DatasetPath } from './dataset-path';

/**
 * Every dataset the catalog reads, in collection order: users come first because controls join
 * other user-keyed reports to them, and a join fed its keys first holds the least.
 */
export const DATASET_DEFINITIONS: readonly DatasetDefinition[] = [
  {
    path: DatasetPath.Users,
    label: 'User directory',
    kind: 'collection',
    growsWithUsers: true,
    permissions: ['User.Read.All', 'Directory.Read.All'],
    licence: 'free',
    fields: ['id', 'displayName', 'userPrincipalName', 'accountEnabled', 'userType'],
    aliases: ['beta/users'],
  },
  {
    path: DatasetPath.UserRegistrationDetails,
    label: 'MFA registration',
    kind: 'collection',
    growsWithUsers: true,
    // The troubleshooting page names Reports.Read.All for this report; the warning must say so.
    permissions: ['Reports.Read.All'],
    licence: 'p1',
    fields: ['id', 'userPrincipalName', 'userDisplayName', 'userType', 'isMfaRegistered'],
    aliases: ['v1.0/reports/authenticationMethods/userRegistrationDetails'],
  },
  {
    path: DatasetPath.ConditionalAccessPolicies,
    label: 'Conditional Access policy',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Policy.Read.All'],
    licence: 'p1',
    aliases: ['beta/identity/conditionalAccess/policies'],
  },
];

export function datasetDefinition(path: DatasetPath): DatasetDefinition {
  const found = DATASET_DEFINITIONS.find((d) => d.path === path);
  if (!found) throw new Error(`unknown dataset ${path}`);
  return found;
}
