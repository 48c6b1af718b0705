import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { fail, pass, plural } from '../../model/outcome';
import { distinctPrincipals, privilegedMembers } from '../../roles/role-members';
import { AppRow } from '../applications/app-credentials';
import { memberEvidence, ROLE_AUDIT, ROLES_PORTAL } from './pa-common';

const hasSecret = (row: Record<string, unknown>) => Array.isArray(row.passwordCredentials) && row.passwordCredentials.length > 0;

export const PA_08 = defineControl({
  id: 'PA-08',
  title: 'Privileged service principals use no client secrets',
  description: 'No service principal holding a privileged directory role (or its application registration) has a client secret: certificates or managed identities only.',
  severity: 'high',
  level: 'L2',
  references: { maester: ['MT.1027'] },
  datasets: [CatalogDatasetPath.RoleAssignments, CatalogDatasetPath.ServicePrincipals, CatalogDatasetPath.Applications],
  required: [CatalogDatasetPath.RoleAssignments, CatalogDatasetPath.ServicePrincipals],
  permissions: ['RoleManagement.Read.All', 'Directory.Read.All'],
  licence: 'free',
  keep: { [CatalogDatasetPath.ServicePrincipals]: hasSecret, [CatalogDatasetPath.Applications]: hasSecret },
  rationale: 'A privileged app\'s secret is an admin password that never meets MFA; it leaks from code, pipelines and config files.',
  remediation: [`${ROLES_PORTAL}: review the listed service principals; replace their secrets with certificates or managed identities (App registrations → Certificates & secrets).`, 'Graph: POST /applications/{id}/addKey, then POST /applications/{id}/removePassword { keyId }.'],
  auditActivities: [...ROLE_AUDIT, 'Update application – Certificates and secrets management'],
  evaluate: (view) => {
    const principals = distinctPrincipals(privilegedMembers(view).filter((m) => m.kind === 'servicePrincipal'));
    const spWithSecret = new Map(view.rows<AppRow>(CatalogDatasetPath.ServicePrincipals).map((sp) => [sp.id, sp]));
    const appsWithSecret = new Set(view.rows<AppRow>(CatalogDatasetPath.Applications).map((a) => a.appId));
    const offending = principals.filter((m) => {
      return spWithSecret.has(m.principalId) || appsWithSecret.has(appIdOf(view, m.principalId));
    });
    if (offending.length === 0) return pass(`None of ${plural(principals.length, 'privileged service principal')} has a client secret.`);
    return fail(`${offending.length} of ${plural(principals.length, 'privileged service principal')} have client secrets.`, {
      affectedCount: offending.length,
      evidence: capped(offending.map((m) => memberEvidence(m, 'has a client secret'))),
    });
  },
});

/** The appId of a service principal: from the expanded role principal (secretless SPs are not kept). */
function appIdOf(view: Parameters<typeof privilegedMembers>[0], principalId: string): string | undefined {
  const row = view.rows<{ principalId?: string; principal?: { appId?: string } }>(CatalogDatasetPath.RoleAssignments).find((r) => r.principalId === principalId);
  return row?.principal?.appId;
}
