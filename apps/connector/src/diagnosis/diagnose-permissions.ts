import { Diagnosis, ErrorCode, PermissionCheckDto, remediationFor, REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { missingPermissions } from './check-permissions';

/** A token was acquired: the connection works, fully or with permissions missing. */
export function diagnosePermissions(checks: readonly PermissionCheckDto[]): Diagnosis {
  const missing = missingPermissions(checks);
  if (missing.length === 0) {
    return {
      ok: true,
      errorCode: null,
      entraErrorCode: null,
      message: `Connection OK: token acquired and all ${REQUIRED_PERMISSIONS.length} required Microsoft Graph permissions are granted.`,
      remediation: [],
    };
  }
  const names = missing.map((m) => m.name);
  return {
    ok: false,
    errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS,
    entraErrorCode: null,
    message: insufficientPermissionsMessage(missing),
    remediation: remediationFor(ErrorCode.INSUFFICIENT_PERMISSIONS, names),
  };
}

function insufficientPermissionsMessage(missing: readonly PermissionCheckDto[]): string {
  const list = missing.map((m) => `${m.name} (${m.purpose})`).join(', ');
  const count = `${missing.length} of the ${REQUIRED_PERMISSIONS.length}`;
  return `Insufficient privileges: the app registration is missing ${count} required Microsoft Graph application permissions: ${list}. Grant them with admin consent, then retry the connection test.`;
}
