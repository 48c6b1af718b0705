/** How Graph words a refusal on a given endpoint (Conditional Access answers differently). */
export type DenialCode = 'Authorization_RequestDenied' | 'AccessDenied';

export interface PermissionRow {
  method: 'GET';
  /** Path after the API version, e.g. `/users`; the same row serves v1.0 and beta. */
  path: string;
  /** Only applies when `$select` names this property (e.g. signInActivity on /users). */
  whenSelecting?: string;
  /** Any one of these application permissions grants access. */
  anyOf: readonly string[];
  denial: DenialCode;
}

const DIRECTORY = ['Directory.Read.All', 'Directory.ReadWrite.All'];

/** One row per endpoint, as Microsoft documents it, except where the troubleshooting page rules. */
export const DEFAULT_PERMISSION_ROWS: readonly PermissionRow[] = [
  { method: 'GET', path: '/users', anyOf: ['User.Read.All', 'User.ReadWrite.All', ...DIRECTORY], denial: 'Authorization_RequestDenied' },
  { method: 'GET', path: '/users', whenSelecting: 'signInActivity', anyOf: ['AuditLog.Read.All'], denial: 'Authorization_RequestDenied' },
  {
    method: 'GET',
    path: '/identity/conditionalAccess/policies',
    anyOf: ['Policy.Read.All', 'Policy.Read.ConditionalAccess', 'Policy.ReadWrite.ConditionalAccess'],
    denial: 'AccessDenied',
  },
  // Microsoft's reference says AuditLog.Read.All; TrueConfig's troubleshooting page says Reports.Read.All.
  { method: 'GET', path: '/reports/authenticationMethods/userRegistrationDetails', anyOf: ['Reports.Read.All'], denial: 'Authorization_RequestDenied' },
  {
    method: 'GET',
    path: '/organization',
    anyOf: ['Organization.Read.All', 'Organization.ReadWrite.All', ...DIRECTORY],
    denial: 'Authorization_RequestDenied',
  },
  {
    method: 'GET',
    path: '/applications',
    anyOf: ['Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', ...DIRECTORY],
    denial: 'Authorization_RequestDenied',
  },
];

export interface PermissionOverride {
  method?: 'GET';
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
