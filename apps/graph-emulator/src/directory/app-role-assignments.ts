import type { AppRoleAssignment, ServicePrincipal } from '@microsoft/microsoft-graph-types';
import { createHash } from 'node:crypto';

/** Microsoft Graph application permissions (app role ids) the catalog and tests use. */
export const GRAPH_APP_ROLE_IDS: Readonly<Record<string, string>> = {
  'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
  'Directory.Read.All': '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
  'Policy.Read.All': '246dd0d5-5bd0-4def-940b-0421030a5b68',
  'RoleManagement.Read.All': 'c7fbd983-d9aa-4fa7-84b8-17382c103bc4',
  'AuditLog.Read.All': 'b0afded3-3588-46d8-8b3d-9842eff778da',
  'Reports.Read.All': '230c1aed-a721-4c5d-9cb4-a90514e508ef',
  'Application.Read.All': '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
  'Application.ReadWrite.All': '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
  'RoleManagement.ReadWrite.Directory': '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
  'Mail.Read': '810c84a8-4a9e-49e6-bf7d-12d183f40d01',
  'Mail.ReadWrite': 'e2a3a72e-5f79-4c64-b1b1-878b674786c9',
};

/** A stable GUID-shaped value for names outside the table. */
function stableGuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function appRoleId(permission: string): string {
  return GRAPH_APP_ROLE_IDS[permission] ?? stableGuid(`app-role:${permission}`);
}

/** The application permissions granted to a service principal, as Graph lists them. */
export function appRoleAssignments(principal: ServicePrincipal, permissions: readonly string[], graph: ServicePrincipal, createdAt: string): AppRoleAssignment[] {
  return permissions.map((permission) => ({
    id: Buffer.from(stableGuid(`${principal.id}:${permission}`).replace(/-/g, ''), 'hex').toString('base64url'),
    appRoleId: appRoleId(permission),
    principalId: principal.id,
    principalDisplayName: principal.displayName,
    principalType: 'ServicePrincipal',
    resourceId: graph.id,
    resourceDisplayName: graph.displayName,
    createdDateTime: createdAt,
  }));
}
