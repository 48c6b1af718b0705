import { DatasetDefinition } from './dataset-definition';
import { CatalogDatasetPath, DatasetPath } from './dataset-path';

const CREDENTIAL_FIELDS = ['id', 'appId', 'displayName', 'passwordCredentials', 'keyCredentials'];

/** Applications, their service principals and delegated grants: streamed page by page. */
export const APP_DATASETS: readonly DatasetDefinition[] = [
  {
    path: CatalogDatasetPath.Applications,
    label: 'Application registration',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Directory.Read.All', 'Application.Read.All'],
    licence: 'free',
    fields: CREDENTIAL_FIELDS,
    top: 999,
  },
  {
    path: CatalogDatasetPath.ServicePrincipals,
    label: 'Service principal',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Directory.Read.All', 'Application.Read.All'],
    licence: 'free',
    fields: [...CREDENTIAL_FIELDS, 'servicePrincipalType', 'appOwnerOrganizationId'],
    expand: 'appRoleAssignments($select=id,appRoleId,resourceId,resourceDisplayName)',
    top: 999,
  },
  {
    path: CatalogDatasetPath.OAuth2PermissionGrants,
    label: 'Delegated permission grant',
    kind: 'collection',
    // One row per user who consented for themselves: follows the user count.
    growsWithUsers: true,
    permissions: ['Directory.Read.All'],
    licence: 'free',
    fields: ['id', 'clientId', 'consentType', 'principalId', 'resourceId', 'scope'],
    top: 999,
  },
  {
    path: CatalogDatasetPath.ReferencedDirectoryObjects,
    label: 'Objects referenced by Conditional Access',
    kind: 'collection',
    growsWithUsers: false,
    permissions: ['Directory.Read.All'],
    licence: 'free',
    request: {
      method: 'POST',
      body: '{"ids": [every user and group id in the policies\' include/exclude lists, "All"/"None"/"GuestsOrExternalUsers" left out], "types": ["user","group"]}; at most 1,000 ids per call',
      dependsOn: DatasetPath.ConditionalAccessPolicies,
    },
  },
  {
    path: CatalogDatasetPath.DirectoryAudits,
    label: 'Directory audit',
    kind: 'collection',
    growsWithUsers: true,
    permissions: ['AuditLog.Read.All'],
    licence: 'free',
    // Drift reads only the entries since the previous scan: `activityDateTime ge <previous scan start>`.
    filter: 'activityDateTime ge {previousScanStartedAt}',
    top: 999,
  },
];
