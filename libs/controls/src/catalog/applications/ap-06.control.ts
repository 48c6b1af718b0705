import { EvidenceItemDto } from '@trueconfig/common';
import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { degraded, fail, pass, plural } from '../../model/outcome';
import { ResolvedSettings } from '../../settings/tenant-settings';

/** Microsoft Graph application permissions that amount to tenant takeover or mass data access. */
export const HIGH_RISK_APP_ROLES: Readonly<Record<string, string>> = {
  '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8': 'RoleManagement.ReadWrite.Directory',
  '06b708a9-e830-4db3-a914-8e69da51d44f': 'AppRoleAssignment.ReadWrite.All',
  '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9': 'Application.ReadWrite.All',
  '19dbc75e-c2e2-444c-a770-ec69d8559fc7': 'Directory.ReadWrite.All',
  'b633e1c5-b582-4048-a93e-9f11b44c7e96': 'Mail.Send',
  '75359482-378d-4052-8f01-80520e7db3cd': 'Files.ReadWrite.All',
};
export const HIGH_RISK_SCOPES = ['RoleManagement.ReadWrite.Directory', 'AppRoleAssignment.ReadWrite.All', 'Application.ReadWrite.All', 'Directory.ReadWrite.All', 'Mail.ReadWrite', 'Mail.Send', 'Files.ReadWrite.All', 'Sites.FullControl.All'];
/** Microsoft's own tenant: first-party service principals are not the tenant's to change. */
const MICROSOFT_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

interface ServicePrincipalRow {
  id: string;
  appId?: string;
  displayName?: string;
  appOwnerOrganizationId?: string;
  appRoleAssignments?: Array<{ appRoleId?: string; resourceDisplayName?: string }>;
}

interface GrantRow {
  id: string;
  clientId?: string;
  consentType?: string;
  scope?: string;
}

const riskyRoles = (sp: ServicePrincipalRow) => (sp.appRoleAssignments ?? []).map((a) => HIGH_RISK_APP_ROLES[a.appRoleId ?? '']).filter(Boolean);
const riskyScopes = (grant: GrantRow) => (grant.scope ?? '').split(' ').filter((s) => HIGH_RISK_SCOPES.includes(s));
const ownApp = (sp: ServicePrincipalRow, settings: ResolvedSettings) => sp.appOwnerOrganizationId !== MICROSOFT_TENANT && !settings.approvedApplications.has(sp.appId ?? '');

export const AP_06 = defineControl({
  id: 'AP-06',
  title: 'No high-risk application permissions outside the allow-list',
  description: `No service principal outside the tenant's approved applications holds a high-risk Microsoft Graph application permission (${Object.values(HIGH_RISK_APP_ROLES).join(', ')}) or a tenant-wide delegated grant of one.`,
  severity: 'high',
  level: 'L1',
  references: {},
  datasets: [CatalogDatasetPath.ServicePrincipals, CatalogDatasetPath.OAuth2PermissionGrants],
  required: [CatalogDatasetPath.ServicePrincipals],
  permissions: ['Directory.Read.All'],
  licence: 'free',
  keep: {
    [CatalogDatasetPath.OAuth2PermissionGrants]: (row) => (row as unknown as GrantRow).consentType === 'AllPrincipals' && riskyScopes(row as unknown as GrantRow).length > 0,
  },
  rationale: 'An app holding these permissions can grant itself any role or read every mailbox: one leaked secret is a tenant compromise.',
  remediation: [
    'Entra admin center → Identity → Applications → Enterprise applications → the app → Permissions → review and revoke the listed permissions; record justified apps in TrueConfig\'s approved applications.',
    'Graph: DELETE /servicePrincipals/{id}/appRoleAssignments/{assignmentId}; DELETE /oauth2PermissionGrants/{id}.',
  ],
  auditActivities: ['Add app role assignment to service principal', 'Add delegated permission grant', 'Consent to application'],
  evaluate: (view, settings) => {
    const principals = view.rows<ServicePrincipalRow>(CatalogDatasetPath.ServicePrincipals);
    const byId = new Map(principals.map((sp) => [sp.id, sp]));
    const evidence: EvidenceItemDto[] = principals
      .filter((sp) => ownApp(sp, settings) && riskyRoles(sp).length > 0)
      .map((sp) => ({ kind: 'servicePrincipal', id: sp.id, displayName: sp.displayName ?? sp.appId ?? sp.id, detail: `application permissions ${riskyRoles(sp).join(', ')}` }));
    for (const grant of view.rows<GrantRow>(CatalogDatasetPath.OAuth2PermissionGrants)) {
      const sp = byId.get(grant.clientId ?? '');
      if (sp && !ownApp(sp, settings)) continue;
      evidence.push({ kind: 'oauth2PermissionGrant', id: grant.id, displayName: sp?.displayName ?? grant.clientId ?? grant.id, detail: `tenant-wide delegated ${riskyScopes(grant).join(', ')}` });
    }
    if (evidence.length > 0) return fail(`${plural(evidence.length, 'high-risk permission grant')} outside the allow-list.`, { affectedCount: evidence.length, evidence: capped(evidence) });
    const grantsGap = view.unavailable(CatalogDatasetPath.OAuth2PermissionGrants);
    if (grantsGap) return degraded('No application holds a high-risk application permission; delegated grants could not be read.');
    return pass(`No service principal outside the allow-list holds a high-risk permission (${plural(principals.length, 'service principal')} read).`);
  },
});
