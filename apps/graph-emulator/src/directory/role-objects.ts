import type {
  DirectoryRole,
  UnifiedRoleAssignment,
  UnifiedRoleAssignmentScheduleInstance,
  UnifiedRoleDefinition,
  UnifiedRoleEligibilitySchedule,
} from '@microsoft/microsoft-graph-types';
import { seededGuid } from '../tenants/seeded-random';
import { BUILT_IN_ROLES, BuiltInRoleName } from './role-catalog';
import { RoleMembership } from './role-memberships';
import { DAY_MS, isoSeconds } from './odata-typed';

const SALT_ASSIGNMENT = 40;
const SALT_SCHEDULE = 41;
const SALT_DIRECTORY_ROLE = 42;
const ACTIVATION_HOURS = 8;

export interface RoleContext {
  seed: number;
  referenceMs: number;
  userId(index: number): string;
}

export function roleDefinitions(): UnifiedRoleDefinition[] {
  return (Object.entries(BUILT_IN_ROLES) as Array<[BuiltInRoleName, string]>).map(([displayName, templateId]) => ({
    id: templateId,
    displayName,
    description: `Built-in role: ${displayName}.`,
    isBuiltIn: true,
    isEnabled: true,
    templateId,
    version: '1',
    resourceScopes: ['/'],
    rolePermissions: [],
  }));
}

const active = (m: RoleMembership) => m.kind !== 'eligible';

export function roleAssignments(memberships: readonly RoleMembership[], context: RoleContext): UnifiedRoleAssignment[] {
  return memberships.filter(active).map((m) => ({
    id: seededGuid(context.seed, m.ordinal, SALT_ASSIGNMENT),
    principalId: context.userId(m.userIndex),
    roleDefinitionId: m.templateId,
    directoryScopeId: '/',
  }));
}

/** Activated members were eligible first, so they have an eligibility schedule too. */
export function eligibilitySchedules(memberships: readonly RoleMembership[], context: RoleContext): UnifiedRoleEligibilitySchedule[] {
  return memberships
    .filter((m) => m.kind !== 'assigned')
    .map((m) => ({
      id: seededGuid(context.seed, m.ordinal, SALT_SCHEDULE),
      principalId: context.userId(m.userIndex),
      roleDefinitionId: m.templateId,
      directoryScopeId: '/',
      memberType: 'Direct',
      status: 'Provisioned',
      createdUsing: seededGuid(context.seed, m.ordinal, SALT_SCHEDULE),
      createdDateTime: isoSeconds(context.referenceMs - 90 * DAY_MS),
      scheduleInfo: { startDateTime: isoSeconds(context.referenceMs - 90 * DAY_MS), expiration: { type: 'noExpiration', endDateTime: null } },
    }));
}

export function assignmentScheduleInstances(
  memberships: readonly RoleMembership[],
  context: RoleContext,
): UnifiedRoleAssignmentScheduleInstance[] {
  return memberships.filter(active).map((m) => {
    const activated = m.kind === 'activated';
    const start = activated ? context.referenceMs - 3_600_000 : context.referenceMs - 120 * DAY_MS;
    const id = seededGuid(context.seed, m.ordinal, SALT_ASSIGNMENT);
    return {
      id,
      principalId: context.userId(m.userIndex),
      roleDefinitionId: m.templateId,
      directoryScopeId: '/',
      startDateTime: isoSeconds(start),
      endDateTime: activated ? isoSeconds(start + ACTIVATION_HOURS * 3_600_000) : null,
      assignmentType: activated ? 'Activated' : 'Assigned',
      memberType: 'Direct',
      roleAssignmentOriginId: id,
      roleAssignmentScheduleId: id,
    };
  });
}

/** A directory role exists once activated in the tenant: Global Administrator always, others when they have members. */
export function directoryRoles(memberships: readonly RoleMembership[], seed: number): DirectoryRole[] {
  const activeTemplates = new Set([BUILT_IN_ROLES['Global Administrator'], ...memberships.filter(active).map((m) => m.templateId)]);
  return roleDefinitions()
    .filter((definition) => activeTemplates.has(definition.templateId ?? ''))
    .map((definition, index) => ({
      id: seededGuid(seed, index, SALT_DIRECTORY_ROLE),
      displayName: definition.displayName,
      description: definition.description,
      roleTemplateId: definition.templateId,
    }));
}
