import { ErrorCode, TenantStatus } from '@trueconfig/common';
import { ConnectionOutcome } from '../connection-tests/connection-outcome';

/** Graph throttled or unreachable during the test: says nothing lasting about the tenant. */
const TRANSIENT = new Set<ErrorCode | null>([ErrorCode.RATE_LIMITED, ErrorCode.SERVICE_UNAVAILABLE]);

/**
 * No token: FAILED. A token but permissions missing or refused: DEGRADED (scans run, some controls
 * degrade). A token and only a transient Graph problem: CONNECTED (the test says what happened).
 */
export function tenantStatusFor(outcome: Pick<ConnectionOutcome, 'tokenAcquired' | 'diagnosis'>): TenantStatus {
  if (!outcome.tokenAcquired) return TenantStatus.FAILED;
  return outcome.diagnosis.ok || TRANSIENT.has(outcome.diagnosis.errorCode) ? TenantStatus.CONNECTED : TenantStatus.DEGRADED;
}
