import { Diagnosis, ErrorCode, PermissionCheckDto, remediationFor } from '@trueconfig/common';
import { GraphFindings } from '../connection-tests/graph-findings';
import { diagnosePermissions } from './diagnose-permissions';

const GRAPH_MESSAGES = {
  [ErrorCode.RATE_LIMITED]:
    'Rate limit exceeded: Microsoft Graph throttled the connection test (HTTP 429). Wait 5-10 minutes and retry - rate limits reset automatically.',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'Microsoft Graph could not be reached or did not answer in time. Try the connection test again in a few minutes.',
} as const;

/**
 * A token was acquired: permissions missing from the roles or refused by Graph come first (they need
 * the customer's action), then throttling, then an unreachable Graph.
 */
export function diagnoseConnection(permissions: readonly PermissionCheckDto[], findings: GraphFindings): Diagnosis {
  const denied = new Set(findings.denied);
  const effective = permissions.map((p) => (denied.has(p.name) ? { ...p, granted: false } : p));
  const byPermissions = diagnosePermissions(effective);
  if (!byPermissions.ok) return byPermissions;
  if (findings.throttled) return graphFailure(ErrorCode.RATE_LIMITED);
  if (findings.reachable === false) return graphFailure(ErrorCode.SERVICE_UNAVAILABLE);
  return byPermissions;
}

function graphFailure(code: ErrorCode.RATE_LIMITED | ErrorCode.SERVICE_UNAVAILABLE): Diagnosis {
  return { ok: false, errorCode: code, entraErrorCode: null, message: GRAPH_MESSAGES[code], remediation: remediationFor(code) };
}
