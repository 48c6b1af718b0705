import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';
import { ResolvedSettings } from '../settings/tenant-settings';

const ALL_CLIENT_APP_TYPES = ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'];

/**
 * The shared CA precision rule (CONTROLS-REFERENCE.md): why a policy does not apply to everyone,
 * everywhere. An empty list means it covers all users and all cloud apps with no unapproved exclusion
 * and no narrowing condition. Break-glass accounts count as approved user exclusions.
 */
export function policyScopeGaps(policy: GraphConditionalAccessPolicy, settings: ResolvedSettings): string[] {
  return [...userGaps(policy, settings), ...applicationGaps(policy), ...narrowingGaps(policy)];
}

function userGaps(policy: GraphConditionalAccessPolicy, settings: ResolvedSettings): string[] {
  const users = policy.conditions?.users;
  const gaps: string[] = [];
  if (!(users?.includeUsers ?? []).includes('All')) gaps.push('does not include all users');
  const approvedUsers = new Set([...settings.approvedExclusions.users, ...settings.breakGlassAccounts]);
  const unapprovedUsers = (users?.excludeUsers ?? []).filter((id) => !approvedUsers.has(id));
  if (unapprovedUsers.length > 0) gaps.push(`excludes ${count(unapprovedUsers.length, 'user')} not on the approved list`);
  const unapprovedGroups = (users?.excludeGroups ?? []).filter((id) => !settings.approvedExclusions.groups.has(id));
  if (unapprovedGroups.length > 0) gaps.push(`excludes ${count(unapprovedGroups.length, 'group')} not on the approved list`);
  if ((users?.excludeRoles ?? []).length > 0) gaps.push('excludes directory roles');
  if (users?.excludeGuestsOrExternalUsers) gaps.push('excludes guests or external users');
  return gaps;
}

function applicationGaps(policy: GraphConditionalAccessPolicy): string[] {
  const applications = policy.conditions?.applications;
  const gaps: string[] = [];
  if (!(applications?.includeApplications ?? []).includes('All')) gaps.push('does not include all cloud apps');
  if ((applications?.excludeApplications ?? []).length > 0) gaps.push('excludes applications');
  return gaps;
}

function narrowingGaps(policy: GraphConditionalAccessPolicy): string[] {
  const conditions = policy.conditions;
  const gaps: string[] = [];
  const clientAppTypes: string[] = conditions?.clientAppTypes ?? [];
  if (!clientAppTypes.includes('all') && clientAppTypes.length > 0 && !ALL_CLIENT_APP_TYPES.every((t) => clientAppTypes.includes(t))) {
    gaps.push('is limited to some client app types');
  }
  const platforms = conditions?.platforms;
  if (platforms && (!(platforms.includePlatforms ?? ['all']).includes('all') || (platforms.excludePlatforms ?? []).length > 0)) {
    gaps.push('is limited to some device platforms');
  }
  const locations = conditions?.locations;
  if (locations && (!(locations.includeLocations ?? ['All']).includes('All') || (locations.excludeLocations ?? []).length > 0)) {
    gaps.push('is limited by location');
  }
  if (conditions?.devices?.deviceFilter) gaps.push('is limited by a device filter');
  const riskLevels = [...(conditions?.userRiskLevels ?? []), ...(conditions?.signInRiskLevels ?? []), ...(conditions?.servicePrincipalRiskLevels ?? [])];
  if (riskLevels.length > 0) gaps.push('is limited to some risk levels');
  if (conditions?.authenticationFlows?.transferMethods) gaps.push('is limited to some authentication flows');
  return gaps;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
