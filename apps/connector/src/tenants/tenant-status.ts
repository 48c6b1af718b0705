import { TenantStatus } from '@trueconfig/common';
import { ConnectionOutcome } from '../connection-tests/connection-outcome';

/** No token: FAILED. A token but permissions missing: DEGRADED (scans run, some controls degrade). */
export function tenantStatusFor(outcome: Pick<ConnectionOutcome, 'tokenAcquired' | 'diagnosis'>): TenantStatus {
  if (!outcome.tokenAcquired) return TenantStatus.FAILED;
  return outcome.diagnosis.ok ? TenantStatus.CONNECTED : TenantStatus.DEGRADED;
}
