import { ErrorCode, REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { checkPermissions, missingPermissions } from './check-permissions';
import { diagnosePermissions } from './diagnose-permissions';

const ALL = REQUIRED_PERMISSIONS.map((p) => p.name);

describe('checkPermissions', () => {
  it('marks each of the six required permissions granted or not, with its purpose', () => {
    const checks = checkPermissions(['User.Read.All', 'Mail.Read']);
    expect(checks).toHaveLength(6);
    expect(checks.find((c) => c.name === 'User.Read.All')).toEqual({ name: 'User.Read.All', purpose: 'Read user profiles', granted: true });
    expect(missingPermissions(checks).map((c) => c.name)).toEqual(ALL.filter((n) => n !== 'User.Read.All'));
  });

  it('treats a token without roles as nothing granted', () => {
    expect(checkPermissions([]).every((c) => !c.granted)).toBe(true);
  });
});

describe('diagnosePermissions', () => {
  it('passes when all six are granted', () => {
    expect(diagnosePermissions(checkPermissions(ALL))).toMatchObject({ ok: true, errorCode: null, remediation: [] });
  });

  it('lists each missing permission with its purpose', () => {
    const diagnosis = diagnosePermissions(checkPermissions(ALL.filter((n) => n !== 'Reports.Read.All' && n !== 'AuditLog.Read.All')));
    expect(diagnosis).toMatchObject({ ok: false, errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS, entraErrorCode: null });
    expect(diagnosis.message).toContain('missing 2 of the 6');
    expect(diagnosis.message).toContain('AuditLog.Read.All (Read audit logs)');
    expect(diagnosis.message).toContain('Reports.Read.All (Read MFA registration details and user reports)');
    expect(diagnosis.remediation).toContain('Search for and add Reports.Read.All');
  });
});
