import { DEFAULT_PERMISSION_ROWS, PermissionTable } from './permission-table';

const REPORT = '/reports/authenticationMethods/userRegistrationDetails';

describe('PermissionTable', () => {
  it('has exactly one base row per endpoint path', () => {
    const base = DEFAULT_PERMISSION_ROWS.filter((row) => !row.whenSelecting).map((row) => `${row.method} ${row.path}`);
    expect(new Set(base).size).toBe(base.length);
  });

  it('grants when any one permission of the row is held, case-insensitively', () => {
    const table = new PermissionTable();
    expect(table.check('GET', '/users', ['directory.read.all'])).toEqual({ granted: true });
    expect(table.check('GET', '/users', ['User.Read.All'])).toEqual({ granted: true });
    expect(table.check('GET', '/users', ['Policy.Read.All'])).toMatchObject({ granted: false, row: { denial: 'Authorization_RequestDenied' } });
  });

  it('requires Reports.Read.All for the registration report by default, AuditLog.Read.All alone is not enough', () => {
    const table = new PermissionTable();
    expect(table.check('GET', REPORT, ['Reports.Read.All']).granted).toBe(true);
    expect(table.check('GET', REPORT, ['AuditLog.Read.All', 'Directory.Read.All']).granted).toBe(false);
  });

  it('answers AccessDenied for Conditional Access policies', () => {
    const decision = new PermissionTable().check('GET', '/identity/conditionalAccess/policies', []);
    expect(decision).toMatchObject({ granted: false, row: { denial: 'AccessDenied' } });
  });

  it('adds the signInActivity row only when that property is selected', () => {
    const table = new PermissionTable();
    expect(table.check('GET', '/users', ['User.Read.All'], ['id', 'displayName']).granted).toBe(true);
    expect(table.check('GET', '/users', ['User.Read.All'], ['id', 'signInActivity']).granted).toBe(false);
    expect(table.check('GET', '/users', ['User.Read.All', 'AuditLog.Read.All'], ['signInActivity']).granted).toBe(true);
  });

  it('lets a fixture override a row without touching the defaults of other tables', () => {
    const table = new PermissionTable();
    table.override({ path: REPORT, anyOf: ['AuditLog.Read.All'] });
    expect(table.check('GET', REPORT, ['AuditLog.Read.All']).granted).toBe(true);
    expect(table.check('GET', REPORT, ['Reports.Read.All']).granted).toBe(false);
    expect(new PermissionTable().check('GET', REPORT, ['Reports.Read.All']).granted).toBe(true);
  });

  it('grants paths that have no row (nothing to check)', () => {
    expect(new PermissionTable().check('GET', '/unknown', []).granted).toBe(true);
  });
});
