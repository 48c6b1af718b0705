import { ConnectionCheckDto, ConnectionCheckKind, ConnectionCheckStatus, Diagnosis, ErrorCode, PermissionCheckDto, remediationFor } from '@trueconfig/common';

type CheckFields = Partial<Pick<ConnectionCheckDto, 'target' | 'errorCode' | 'remediation'>>;

export function check(kind: ConnectionCheckKind, status: ConnectionCheckStatus, message: string, fields: CheckFields = {}): ConnectionCheckDto {
  return { kind, target: fields.target ?? null, status, errorCode: fields.errorCode ?? null, message, remediation: fields.remediation ?? [] };
}

export function tokenCheck(diagnosis: Diagnosis | null): ConnectionCheckDto {
  if (!diagnosis) return check(ConnectionCheckKind.TOKEN, ConnectionCheckStatus.PASSED, 'Entra ID issued an app-only token for Microsoft Graph.');
  return check(ConnectionCheckKind.TOKEN, ConnectionCheckStatus.FAILED, diagnosis.message, {
    errorCode: diagnosis.errorCode,
    target: diagnosis.entraErrorCode ? `AADSTS${diagnosis.entraErrorCode}` : null,
    remediation: diagnosis.remediation,
  });
}

/** Everything after the token, when there is no token. */
export function skippedChecks(): ConnectionCheckDto[] {
  const why = 'Not checked: no token was acquired.';
  return [ConnectionCheckKind.PERMISSION, ConnectionCheckKind.ADMIN_CONSENT, ConnectionCheckKind.GRAPH, ConnectionCheckKind.LICENCE, ConnectionCheckKind.SECRET_EXPIRY].map(
    (kind) => check(kind, ConnectionCheckStatus.SKIPPED, why),
  );
}

export function permissionChecks(permissions: readonly PermissionCheckDto[]): ConnectionCheckDto[] {
  return permissions.map((permission) =>
    permission.granted
      ? check(ConnectionCheckKind.PERMISSION, ConnectionCheckStatus.PASSED, `${permission.name} is granted (${permission.purpose}).`, { target: permission.name })
      : check(ConnectionCheckKind.PERMISSION, ConnectionCheckStatus.FAILED, `${permission.name} is missing (${permission.purpose}).`, {
          target: permission.name,
          errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS,
          remediation: remediationFor(ErrorCode.INSUFFICIENT_PERMISSIONS, [permission.name]),
        }),
  );
}

/** App-only roles appear in a token only once an administrator consented to them. */
export function adminConsentCheck(roles: readonly string[]): ConnectionCheckDto {
  if (roles.length > 0) {
    return check(ConnectionCheckKind.ADMIN_CONSENT, ConnectionCheckStatus.PASSED, `Admin consent is present: the token carries ${roles.length} application permission(s).`);
  }
  return check(
    ConnectionCheckKind.ADMIN_CONSENT,
    ConnectionCheckStatus.FAILED,
    'Admin consent is missing: the token carries no application permissions. Grant admin consent for the required permissions.',
    { errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS, remediation: remediationFor(ErrorCode.INSUFFICIENT_PERMISSIONS) },
  );
}
