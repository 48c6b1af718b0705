import { RequiredPermissionName } from '@trueconfig/common';

/** The cheapest Graph read each required permission opens (what the scans read with it). */
export const PERMISSION_PROBES: Readonly<Record<RequiredPermissionName, string>> = {
  'Directory.Read.All': '/domains',
  'Policy.Read.All': '/policies/authorizationPolicy',
  'RoleManagement.Read.All': '/roleManagement/directory/roleDefinitions?$select=id&$top=1',
  'User.Read.All': '/users?$select=id&$top=1',
  'AuditLog.Read.All': '/auditLogs/directoryAudits?$top=1',
  'Reports.Read.All': '/reports/authenticationMethods/userRegistrationDetails?$top=1',
};

/** Graph's answer when the data needs Entra ID P1/P2: a licence limit, not a missing permission. */
export const NON_PREMIUM_CODE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';
