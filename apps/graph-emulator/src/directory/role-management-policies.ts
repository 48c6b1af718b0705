import type {
  UnifiedRoleManagementPolicyApprovalRule,
  UnifiedRoleManagementPolicyAssignment,
  UnifiedRoleManagementPolicyNotificationRule,
} from '@microsoft/microsoft-graph-types';
import { seededGuid } from '../tenants/seeded-random';
import { TenantSettings } from '../tenants/tenant-settings.schema';
import { Typed, typed } from './odata-typed';
import { roleDefinitions } from './role-objects';
import { BUILT_IN_ROLES } from './role-catalog';

const SALT_POLICY = 80;

export interface RolePolicyRef {
  policyId: string;
  roleDefinitionId: string;
}

/** PIM keeps one policy per directory role, assigned at the directory scope. */
export function rolePolicies(tenantId: string, seed: number): RolePolicyRef[] {
  return roleDefinitions().map((definition, index) => ({
    policyId: `Directory_${tenantId}_${seededGuid(seed, index, SALT_POLICY)}`,
    roleDefinitionId: definition.id ?? '',
  }));
}

export function policyAssignments(refs: readonly RolePolicyRef[]): UnifiedRoleManagementPolicyAssignment[] {
  return refs.map(({ policyId, roleDefinitionId }) => ({
    id: `${policyId}_${roleDefinitionId}`,
    policyId,
    scopeId: '/',
    scopeType: 'DirectoryRole',
    roleDefinitionId,
  }));
}

type Rule = Typed<UnifiedRoleManagementPolicyApprovalRule> | Typed<UnifiedRoleManagementPolicyNotificationRule>;

function approvalRule(required: boolean): Typed<UnifiedRoleManagementPolicyApprovalRule> {
  return typed<UnifiedRoleManagementPolicyApprovalRule>('unifiedRoleManagementPolicyApprovalRule', {
    id: 'Approval_EndUser_Assignment',
    target: { caller: 'EndUser', operations: ['all'], level: 'Assignment', inheritableSettings: [], enforcedSettings: [] },
    setting: {
      isApprovalRequired: required,
      isApprovalRequiredForExtension: false,
      isRequestorJustificationRequired: true,
      approvalMode: required ? 'SingleStage' : 'NoApproval',
      approvalStages: [{ approvalStageTimeOutInDays: 1, isApproverJustificationRequired: true, escalationTimeInMinutes: 0, isEscalationEnabled: false, primaryApprovers: [], escalationApprovers: [] }],
    },
  });
}

const NOTIFICATIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['Notification_Admin_Admin_Eligibility', 'Admin', 'Eligibility'],
  ['Notification_Admin_Admin_Assignment', 'Admin', 'Assignment'],
  ['Notification_Admin_EndUser_Assignment', 'EndUser', 'Assignment'],
];

/** Approval for the role's activation, and the admin notifications PA-07 reads. */
export function policyRules(ref: RolePolicyRef, settings: TenantSettings): Rule[] {
  const { approvalRequiredForGlobalAdmin, notificationRecipients } = settings.pim;
  const approval = approvalRule(approvalRequiredForGlobalAdmin && ref.roleDefinitionId === BUILT_IN_ROLES['Global Administrator']);
  const notifications = NOTIFICATIONS.map(([id, caller, level]) =>
    typed<UnifiedRoleManagementPolicyNotificationRule>('unifiedRoleManagementPolicyNotificationRule', {
      id,
      target: { caller, operations: ['all'], level, inheritableSettings: [], enforcedSettings: [] },
      notificationType: 'Email',
      recipientType: 'Admin',
      notificationLevel: 'All',
      isDefaultRecipientsEnabled: true,
      notificationRecipients: [...notificationRecipients],
    }),
  );
  return [approval, ...notifications];
}
