import { PermissionCheckDto, REQUIRED_PERMISSIONS } from '@trueconfig/common';

/** Each of the six required permissions, granted or not, by the token's `roles` claim. */
export function checkPermissions(grantedRoles: readonly string[]): PermissionCheckDto[] {
  const granted = new Set(grantedRoles);
  return REQUIRED_PERMISSIONS.map(({ name, purpose }) => ({ name, purpose, granted: granted.has(name) }));
}

export function missingPermissions(checks: readonly PermissionCheckDto[]): PermissionCheckDto[] {
  return checks.filter((check) => !check.granted);
}
