import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { defineControl } from '../../model/define-control';
import { DatasetView } from '../../model/dataset-view';
import { fail, pass } from '../../model/outcome';
import { GLOBAL_ADMINISTRATOR } from '../../roles/privileged-roles';
import { PIM_PORTAL } from './pa-common';

interface Rule {
  id?: string;
  setting?: { isApprovalRequired?: boolean; approvalStages?: Array<{ primaryApprovers?: unknown[] }> };
  notificationRecipients?: string[];
  isDefaultRecipientsEnabled?: boolean;
}

interface PolicyAssignmentRow {
  roleDefinitionId?: string;
  policy?: { rules?: Rule[] };
}

const SETTINGS = CatalogDatasetPath.RoleManagementPolicyAssignments;
const PIM_AUDIT = ['Update role setting in PIM'];

function globalAdminRules(view: DatasetView): Rule[] | null {
  const assignment = view.rows<PolicyAssignmentRow>(SETTINGS).find((a) => a.roleDefinitionId === GLOBAL_ADMINISTRATOR);
  return assignment ? (assignment.policy?.rules ?? []) : null;
}

const NO_SETTINGS = 'The Global Administrator role settings were not returned (policy assignment missing).';

export const PA_06 = defineControl({
  id: 'PA-06',
  title: 'Global Administrator activation requires approval',
  description: 'Activating the Global Administrator role in PIM requires approval by designated approvers.',
  severity: 'medium',
  level: 'L2',
  references: { cis: ['5.3.4'], scuba: ['MS.AAD.7.6v1'] },
  datasets: [SETTINGS],
  permissions: ['RoleManagement.Read.All'],
  licence: 'p2',
  rationale: 'Approval puts a second person between a stolen eligible account and full tenant control.',
  remediation: [`${PIM_PORTAL} → Settings → Global Administrator → Edit → Activation: Require approval to activate, select approvers → Update.`, 'Graph: PATCH /policies/roleManagementPolicies/{id}/rules/Approval_EndUser_Assignment with setting.isApprovalRequired true and approvers.'],
  auditActivities: PIM_AUDIT,
  evaluate: (view) => {
    const rules = globalAdminRules(view);
    if (!rules) return fail(NO_SETTINGS, { affectedCount: 1 });
    const approval = rules.find((r) => r.id === 'Approval_EndUser_Assignment');
    const approvers = (approval?.setting?.approvalStages ?? []).flatMap((s) => s.primaryApprovers ?? []).length;
    if (approval?.setting?.isApprovalRequired === true) return pass(`Global Administrator activation requires approval (${approvers} approvers).`, { metric: approvers });
    return fail('Global Administrator activation does not require approval.', { affectedCount: 1 });
  },
});

const ALERT_RULES: Record<string, string> = {
  Notification_Admin_Admin_Eligibility: 'eligible assignment',
  Notification_Admin_Admin_Assignment: 'active assignment',
  Notification_Admin_EndUser_Assignment: 'activation',
};

export const PA_07 = defineControl({
  id: 'PA-07',
  title: 'PIM alerts on Global Administrator assignment and activation',
  description: 'PIM notifies named recipients (beyond the default) when Global Administrator is assigned (eligible or active) and when it is activated.',
  severity: 'low',
  level: 'L2',
  references: { scuba: ['MS.AAD.7.7v1', 'MS.AAD.7.8v1', 'MS.AAD.7.9v1'] },
  datasets: [SETTINGS],
  permissions: ['RoleManagement.Read.All'],
  licence: 'p2',
  rationale: 'An unexpected Global Administrator assignment or activation must reach the security team at once.',
  remediation: [`${PIM_PORTAL} → Settings → Global Administrator → Edit → Notification: add additional recipients (the security mailbox) for assignment and activation alerts → Update.`, 'Graph: PATCH the Notification_Admin_* rules with notificationRecipients.'],
  auditActivities: PIM_AUDIT,
  evaluate: (view) => {
    const rules = globalAdminRules(view);
    if (!rules) return fail(NO_SETTINGS, { affectedCount: 1 });
    const silent = Object.keys(ALERT_RULES).filter((id) => (rules.find((r) => r.id === id)?.notificationRecipients ?? []).length === 0);
    if (silent.length === 0) return pass('Global Administrator assignment and activation alerts have named recipients.');
    return fail(`No named recipients for Global Administrator ${silent.map((id) => ALERT_RULES[id]).join(', ')} alerts.`, {
      affectedCount: silent.length,
      evidence: silent.map((id) => ({ kind: 'setting', id, displayName: `Global Administrator: ${id}`, detail: 'notificationRecipients is empty' })),
    });
  },
});
