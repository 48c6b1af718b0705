import { EvidenceItemDto } from '@trueconfig/common';
import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { fail, pass, plural } from '../../model/outcome';
import { isPrivilegedRole, roleName } from '../../roles/privileged-roles';
import { PIM_PORTAL, ROLE_AUDIT, ROLE_PERMISSIONS } from './pa-common';

interface InstanceRow {
  id: string;
  principalId?: string;
  roleDefinitionId?: string;
  assignmentType?: string;
  startDateTime?: string | null;
  endDateTime?: string | null;
  directoryScopeId?: string;
  principal?: { displayName?: string };
}

const privileged = (row: InstanceRow) => isPrivilegedRole(row.roleDefinitionId ?? '') && (row.directoryScopeId ?? '/') === '/';
const item = (row: InstanceRow, detail: string): EvidenceItemDto => ({
  kind: 'roleAssignment',
  id: row.id,
  displayName: `${roleName(row.roleDefinitionId ?? '')}: ${row.principal?.displayName ?? row.principalId ?? 'unknown principal'}`,
  detail,
});

export const PA_04 = defineControl({
  id: 'PA-04',
  title: 'No permanent active privileged assignments',
  description: 'Privileged roles are held as eligible (activated just in time through PIM); no active assignment is permanent, except for break-glass accounts.',
  severity: 'high',
  level: 'L2',
  references: { scuba: ['MS.AAD.7.4v1'] },
  datasets: [CatalogDatasetPath.RoleAssignmentScheduleInstances],
  permissions: ROLE_PERMISSIONS,
  licence: 'p2',
  rationale: 'Standing privilege is available to an attacker at any moment; eligible roles need an activation that can require MFA, approval and justification.',
  remediation: [`${PIM_PORTAL} → Assignments → Active assignments → each listed one → Update: make it eligible (or time-bound).`, 'Graph: POST /roleManagement/directory/roleEligibilityScheduleRequests (adminAssign), then a roleAssignmentScheduleRequest with action adminRemove for the permanent assignment.'],
  auditActivities: ROLE_AUDIT,
  evaluate: (view, settings) => {
    const rows = view.rows<InstanceRow>(CatalogDatasetPath.RoleAssignmentScheduleInstances).filter(privileged);
    const permanent = rows.filter((r) => r.assignmentType === 'Assigned' && !r.endDateTime && !settings.breakGlassAccounts.has(r.principalId ?? ''));
    if (permanent.length === 0) return pass(`No permanent active privileged assignment (${plural(rows.length, 'active privileged assignment')} checked; break-glass exempt).`);
    return fail(`${plural(permanent.length, 'privileged role assignment is', 'privileged role assignments are')} permanently active.`, {
      affectedCount: permanent.length,
      evidence: capped(permanent.map((r) => item(r, 'assigned, no end date'))),
    });
  },
});

export const PA_05 = defineControl({
  id: 'PA-05',
  title: 'No privileged assignments made outside PIM',
  description: 'Every active privileged assignment was made through Privileged Identity Management (its schedule instance has a start date).',
  severity: 'medium',
  level: 'L2',
  references: { scuba: ['MS.AAD.7.5v1'] },
  datasets: [CatalogDatasetPath.RoleAssignmentScheduleInstances],
  permissions: ROLE_PERMISSIONS,
  licence: 'p2',
  rationale: 'Assignments made directly in the directory bypass PIM\'s approval, justification and alerts.',
  remediation: [`${PIM_PORTAL} → Assignments: re-create each listed assignment through PIM (eligible), then remove the direct one.`],
  auditActivities: ROLE_AUDIT,
  evaluate: (view, settings) => {
    const rows = view.rows<InstanceRow>(CatalogDatasetPath.RoleAssignmentScheduleInstances).filter(privileged);
    const outside = rows.filter((r) => !r.startDateTime && !settings.breakGlassAccounts.has(r.principalId ?? ''));
    if (outside.length === 0) return pass(`All ${plural(rows.length, 'active privileged assignment')} were made through PIM.`);
    return fail(`${plural(outside.length, 'privileged assignment was', 'privileged assignments were')} made outside PIM.`, {
      affectedCount: outside.length,
      evidence: capped(outside.map((r) => item(r, 'no PIM schedule (no start date)'))),
    });
  },
});
