/** How Graph words a refusal on a given endpoint (Conditional Access answers differently). */
export type DenialCode = 'Authorization_RequestDenied' | 'AccessDenied';

export type GraphMethod = 'GET' | 'POST';

export interface PermissionRow {
  method: GraphMethod;
  /** Path after the API version, e.g. `/users`; the same row serves v1.0 and beta. */
  path: string;
  /** Only applies when `$select` names this property (e.g. signInActivity on /users). */
  whenSelecting?: string;
  /** Any one of these application permissions grants access. */
  anyOf: readonly string[];
  denial: DenialCode;
}

const DIRECTORY = ['Directory.Read.All', 'Directory.ReadWrite.All'];
const ROLES = ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory', ...DIRECTORY];
const POLICY = ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess'];
const DENIED = 'Authorization_RequestDenied' as const;

function row(path: string, anyOf: readonly string[], denial: DenialCode = DENIED, whenSelecting?: string): PermissionRow {
  return { method: 'GET', path, anyOf, denial, ...(whenSelecting ? { whenSelecting } : {}) };
}

const post = (path: string, anyOf: readonly string[]): PermissionRow => ({ ...row(path, anyOf), method: 'POST' });

/**
 * One row per endpoint with Microsoft's documented application permissions (least privileged first),
 * except where the troubleshooting page rules (the registration report).
 */
export const DEFAULT_PERMISSION_ROWS: readonly PermissionRow[] = [
  row('/users', ['User.Read.All', 'User.ReadWrite.All', ...DIRECTORY]),
  row('/users', ['AuditLog.Read.All'], DENIED, 'signInActivity'),
  row('/users/delta', ['User.Read.All', 'User.ReadWrite.All', ...DIRECTORY]),
  row('/groups', ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', ...DIRECTORY]),
  row('/groups/:groupId/members', ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', ...DIRECTORY]),
  row('/groups/:groupId/transitiveMembers', ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', ...DIRECTORY]),
  row('/organization', ['Organization.Read.All', 'Organization.ReadWrite.All', ...DIRECTORY]),
  row('/domains', ['Domain.Read.All', 'Domain.ReadWrite.All', ...DIRECTORY]),
  row('/subscribedSkus', ['LicenseAssignment.Read.All', 'Organization.Read.All', ...DIRECTORY]),
  row('/applications', ['Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', ...DIRECTORY]),
  row('/servicePrincipals', ['Application.Read.All', 'Application.ReadWrite.All', ...DIRECTORY]),
  row('/oauth2PermissionGrants', ['DelegatedPermissionGrant.Read.All', 'DelegatedPermissionGrant.ReadWrite.All', ...DIRECTORY]),
  row('/identity/conditionalAccess/policies', ['Policy.Read.ConditionalAccess', ...POLICY], 'AccessDenied'),
  row('/identity/conditionalAccess/namedLocations', ['Policy.Read.ConditionalAccess', ...POLICY], 'AccessDenied'),
  row('/policies/authorizationPolicy', ['Policy.Read.All', 'Policy.ReadWrite.Authorization']),
  row('/policies/identitySecurityDefaultsEnforcementPolicy', ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']),
  row('/policies/authenticationMethodsPolicy', ['Policy.Read.AuthenticationMethod', 'Policy.Read.All', 'Policy.ReadWrite.AuthenticationMethod']),
  row('/policies/adminConsentRequestPolicy', ['ConsentRequest.Read.All', 'Policy.Read.All', 'ConsentRequest.ReadWrite.All']),
  row('/policies/defaultAppManagementPolicy', ['Policy.Read.ApplicationConfiguration', 'Policy.Read.All']),
  post('/directoryObjects/getByIds', ['Directory.Read.All', 'Directory.ReadWrite.All']),
  row('/groupSettings', ['GroupSettings.Read.All', ...DIRECTORY]),
  row('/servicePrincipals/:servicePrincipalId/appRoleAssignments', ['Application.Read.All', ...DIRECTORY]),
  row('/roleManagement/directory/roleDefinitions', ROLES),
  row('/roleManagement/directory/roleAssignments', ROLES),
  row('/roleManagement/directory/roleEligibilitySchedules', ['RoleEligibilitySchedule.Read.Directory', ...ROLES]),
  row('/roleManagement/directory/roleAssignmentScheduleInstances', ['RoleAssignmentSchedule.Read.Directory', ...ROLES]),
  row('/policies/roleManagementPolicyAssignments', ['RoleManagementPolicy.Read.Directory', ...ROLES, 'Policy.Read.All']),
  row('/policies/roleManagementPolicies/:policyId/rules', ['RoleManagementPolicy.Read.Directory', ...ROLES, 'Policy.Read.All']),
  row('/directoryRoles', ROLES),
  row('/directoryRoles/:roleId/members', ROLES),
  row('/auditLogs/directoryAudits', ['AuditLog.Read.All']),
  row('/auditLogs/signIns', ['AuditLog.Read.All']),
  // Microsoft's reference says AuditLog.Read.All; TrueConfig's troubleshooting page says Reports.Read.All.
  row('/reports/authenticationMethods/userRegistrationDetails', ['Reports.Read.All']),
];

export interface PermissionOverride {
  method?: GraphMethod;
  path: string;
  whenSelecting?: string;
  anyOf: readonly string[];
}

export type PermissionDecision = { granted: true } | { granted: false; row: PermissionRow };

function sameRow(row: PermissionRow, key: PermissionOverride): boolean {
  return row.method === (key.method ?? 'GET') && row.path === key.path && row.whenSelecting === key.whenSelecting;
}

export class PermissionTable {
  private rows: PermissionRow[];

  constructor(rows: readonly PermissionRow[] = DEFAULT_PERMISSION_ROWS) {
    this.rows = rows.map((row) => ({ ...row }));
  }

  list(): readonly PermissionRow[] {
    return this.rows;
  }

  /** Replaces a row's permissions (fixtures, control API); adds the row if it did not exist. */
  override(change: PermissionOverride): PermissionRow {
    const existing = this.rows.find((row) => sameRow(row, change));
    if (existing) {
      existing.anyOf = [...change.anyOf];
      return existing;
    }
    const added: PermissionRow = { ...change, method: change.method ?? 'GET', anyOf: [...change.anyOf], denial: 'Authorization_RequestDenied' };
    this.rows.push(added);
    return added;
  }

  /** Every matching row must be satisfied; within a row any one permission suffices. */
  check(method: string, path: string, roles: readonly string[], selected: readonly string[] = []): PermissionDecision {
    const selectedLower = new Set(selected.map((name) => name.toLowerCase()));
    const rolesLower = new Set(roles.map((role) => role.toLowerCase()));
    for (const row of this.rows) {
      if (row.method !== method || row.path !== path) continue;
      if (row.whenSelecting && !selectedLower.has(row.whenSelecting.toLowerCase())) continue;
      if (!row.anyOf.some((permission) => rolesLower.has(permission.toLowerCase()))) return { granted: false, row };
    }
    return { granted: true };
  }

  hasRowFor(method: string, path: string): boolean {
    return this.rows.some((row) => row.method === method && row.path === path);
  }
}
