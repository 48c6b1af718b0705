import { APP_DATASETS } from './app-datasets';
import { DatasetDefinition } from './dataset-definition';
import { DatasetPath } from './dataset-path';
import { POLICY_DATASETS } from './policy-datasets';
import { ROLE_DATASETS } from './role-datasets';

const USER_DATASETS: readonly DatasetDefinition[] = [
  {
    path: DatasetPath.Users,
    label: 'User directory',
    kind: 'collection',
    growsWithUsers: true,
    permissions: ['User.Read.All', 'Directory.Read.All'],
    licence: 'free',
    fields: ['id', 'displayName', 'userPrincipalName', 'accountEnabled', 'userType'],
    catalogFields: ['createdDateTime', 'onPremisesSyncEnabled'],
    top: 999,
    // signInActivity needs P1 and AuditLog.Read.All (403 for the whole read otherwise) and lowers the page maximum to 500.
    licensedFields: { licence: 'p1', fields: ['signInActivity'], top: 500, permission: 'AuditLog.Read.All' },
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
    catalogFields: ['isAdmin', 'isMfaCapable', 'methodsRegistered'],
    top: 999,
    aliases: ['v1.0/reports/authenticationMethods/userRegistrationDetails'],
  },
];

/**
 * Every dataset the catalog reads, in collection order: the (small) role data first, so controls that
 * join users to roles keep only privileged users; then users, to which ID-01 joins registration
 * details; then the policies and apps. Evaluators stay correct in any order, only larger.
 */
export const DATASET_DEFINITIONS: readonly DatasetDefinition[] = [...ROLE_DATASETS, ...USER_DATASETS, ...POLICY_DATASETS, ...APP_DATASETS];

export function datasetDefinition(path: DatasetPath): DatasetDefinition {
  const found = DATASET_DEFINITIONS.find((d) => d.path === path);
  if (!found) throw new Error(`unknown dataset ${path}`);
  return found;
}
