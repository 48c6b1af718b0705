import { ErrorCode, TenantStatus } from '@trueconfig/common';
import { tenantStatusFor } from './tenant-status';

const diagnosis = (ok: boolean, errorCode: ErrorCode | null) => ({ ok, errorCode, entraErrorCode: null, message: '', remediation: [] });

describe('tenantStatusFor', () => {
  it('maps a test to the tenant status', () => {
    expect(tenantStatusFor({ tokenAcquired: true, diagnosis: diagnosis(true, null) })).toBe(TenantStatus.CONNECTED);
    expect(tenantStatusFor({ tokenAcquired: true, diagnosis: diagnosis(false, ErrorCode.INSUFFICIENT_PERMISSIONS) })).toBe(
      TenantStatus.DEGRADED,
    );
    expect(tenantStatusFor({ tokenAcquired: true, diagnosis: diagnosis(false, ErrorCode.RATE_LIMITED) })).toBe(TenantStatus.CONNECTED);
    expect(tenantStatusFor({ tokenAcquired: false, diagnosis: diagnosis(false, ErrorCode.INVALID_CREDENTIALS) })).toBe(TenantStatus.FAILED);
  });
});
