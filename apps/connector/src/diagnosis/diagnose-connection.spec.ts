import { ErrorCode } from '@trueconfig/common';
import { GraphFindings } from '../connection-tests/graph-findings';
import { checkPermissions } from './check-permissions';
import { diagnoseConnection } from './diagnose-connection';

const ALL = checkPermissions(['Directory.Read.All', 'Policy.Read.All', 'RoleManagement.Read.All', 'User.Read.All', 'AuditLog.Read.All', 'Reports.Read.All']);
const findings = (overrides: Partial<GraphFindings> = {}): GraphFindings => ({
  denied: [],
  throttled: false,
  reachable: true,
  licenceTier: 'p2',
  secretExpiresAt: null,
  checks: [],
  ...overrides,
});

describe('diagnoseConnection', () => {
  it('is ok when every permission is granted and Graph answered', () => {
    expect(diagnoseConnection(ALL, findings())).toMatchObject({ ok: true, errorCode: null });
  });

  it('lists a permission Graph refused, with its purpose, before throttling', () => {
    const diagnosis = diagnoseConnection(ALL, findings({ denied: ['AuditLog.Read.All'], throttled: true }));
    expect(diagnosis).toMatchObject({ ok: false, errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS });
    expect(diagnosis.message).toContain('AuditLog.Read.All (Read audit logs)');
  });

  it('says RATE_LIMITED, then SERVICE_UNAVAILABLE, in that order', () => {
    expect(diagnoseConnection(ALL, findings({ throttled: true, reachable: false })).errorCode).toBe(ErrorCode.RATE_LIMITED);
    expect(diagnoseConnection(ALL, findings({ reachable: false })).errorCode).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });
});
