import { ErrorCode } from '../errors/error-code.enum';
import { MISSING_REPORTS_PERMISSION_REMEDIATION, REMEDIATION, remediationFor } from './remediation';

const ADMIN_CONSENT =
  'Application permissions require Global Administrator or Privileged Role Administrator consent. Standard users cannot grant these permissions.';

describe('remediationFor', () => {
  it.each([
    ErrorCode.INVALID_CREDENTIALS,
    ErrorCode.SECRET_EXPIRED,
    ErrorCode.APP_NOT_FOUND,
    ErrorCode.SERVICE_PRINCIPAL_DISABLED,
    ErrorCode.TENANT_NOT_FOUND,
    ErrorCode.INSUFFICIENT_PERMISSIONS,
    ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED,
    ErrorCode.CONDITIONAL_ACCESS_BLOCKED,
    ErrorCode.RATE_LIMITED,
    ErrorCode.SERVICE_UNAVAILABLE,
    ErrorCode.INTERNAL,
  ])('has steps for %s', (code) => {
    expect(remediationFor(code).length).toBeGreaterThan(0);
  });

  it('gives Step 1, 2 and 3 of "Invalid Credentials Error" for a wrong secret', () => {
    const steps = remediationFor(ErrorCode.INVALID_CREDENTIALS);
    expect(steps.filter((s) => s.startsWith('Step '))).toEqual([
      'Step 1: Verify App Registration',
      'Step 2: Check Client Secret Expiration',
      'Step 3: Update Credentials in TrueConfig',
    ]);
    expect(steps).toContain('Click "Save and Test Connection"');
  });

  it('adds the 90-day rotation advice to an expired secret', () => {
    expect(remediationFor(ErrorCode.SECRET_EXPIRED)).toContain(
      'Client secrets should be rotated every 90 days for security. Set a calendar reminder to rotate secrets before expiration to prevent connection interruptions.',
    );
  });

  it('gives the six resolution steps and the admin-consent note for missing permissions', () => {
    const steps = remediationFor(ErrorCode.INSUFFICIENT_PERMISSIONS, ['AuditLog.Read.All']);
    expect(steps).toHaveLength(7);
    expect(steps[0]).toBe('In Azure Portal, navigate to App Registrations → [Your App] → API permissions');
    expect(steps[5]).toBe('Return to TrueConfig and retry the connection test');
    expect(steps[6]).toBe(ADMIN_CONSENT);
  });

  it('adds the "Missing MFA Registration Data" resolution when Reports.Read.All is missing', () => {
    const steps = remediationFor(ErrorCode.INSUFFICIENT_PERMISSIONS, ['Reports.Read.All']);
    expect(steps.slice(0, 7)).toEqual(REMEDIATION[ErrorCode.INSUFFICIENT_PERMISSIONS]);
    expect(steps.slice(7)).toEqual(MISSING_REPORTS_PERMISSION_REMEDIATION);
    expect(steps).toContain('Search for and add Reports.Read.All');
    expect(steps).toContain('Disconnect and reconnect your tenant to trigger a new OAuth consent flow');
  });

  it('has nothing for a passing test or a code without a page section', () => {
    expect(remediationFor(null)).toEqual([]);
    expect(remediationFor(ErrorCode.NOT_FOUND)).toEqual([]);
  });

  it('returns a copy the caller may change', () => {
    remediationFor(ErrorCode.RATE_LIMITED).push('mutated');
    expect(remediationFor(ErrorCode.RATE_LIMITED)).not.toContain('mutated');
  });
});
