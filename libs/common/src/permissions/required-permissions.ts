/** The six Microsoft Graph application permissions TrueConfig needs (troubleshooting page). */
export const REQUIRED_PERMISSIONS = [
  { name: 'Directory.Read.All', purpose: 'Read directory data' },
  { name: 'Policy.Read.All', purpose: 'Read Conditional Access policies' },
  { name: 'RoleManagement.Read.All', purpose: 'Read role assignments' },
  { name: 'User.Read.All', purpose: 'Read user profiles' },
  { name: 'AuditLog.Read.All', purpose: 'Read audit logs' },
  { name: 'Reports.Read.All', purpose: 'Read MFA registration details and user reports' },
] as const;

export type RequiredPermissionName = (typeof REQUIRED_PERMISSIONS)[number]['name'];

export function purposeOf(permission: string): string {
  return REQUIRED_PERMISSIONS.find((p) => p.name === permission)?.purpose ?? 'Required by TrueConfig';
}
