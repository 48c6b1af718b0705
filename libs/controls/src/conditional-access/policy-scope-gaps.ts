import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';
import { ResolvedSettings } from '../settings/tenant-settings';
import { CoverageTarget, EVERYONE_EVERYWHERE, ScopeGap } from './coverage-target';
import { narrowingGaps } from './narrowing-gaps';

/**
 * The shared CA precision rule (CONTROLS-REFERENCE.md): why a policy does not apply to the whole
 * target. Empty means it covers the target's users and apps with no unapproved exclusion (break-glass
 * accounts count as approved user exclusions) and no narrowing condition. State is not judged here.
 */
export function scopeGaps(policy: GraphConditionalAccessPolicy, settings: ResolvedSettings, target: CoverageTarget = EVERYONE_EVERYWHERE): ScopeGap[] {
  return [...userGaps(policy, target), ...exclusionGaps(policy, settings), ...applicationGaps(policy, settings, target), ...narrowingGaps(policy, target.ignore ?? [])];
}

/** The gaps as the sentences evidence shows. */
export function policyScopeGaps(policy: GraphConditionalAccessPolicy, settings: ResolvedSettings, target?: CoverageTarget): string[] {
  return scopeGaps(policy, settings, target).map((gap) => gap.text);
}

function userGaps(policy: GraphConditionalAccessPolicy, target: CoverageTarget): ScopeGap[] {
  const users = policy.conditions?.users;
  if ((users?.includeUsers ?? []).includes('All')) return [];
  if (target.users === 'all') return [{ kind: 'users', text: 'does not include all users' }];
  const included = new Set(users?.includeRoles ?? []);
  const missing = target.users.roles.filter((role) => !included.has(role));
  if (missing.length === 0) return [];
  return [{ kind: 'roles', text: `does not include ${count(missing.length, 'of the required roles')}` }];
}

function exclusionGaps(policy: GraphConditionalAccessPolicy, settings: ResolvedSettings): ScopeGap[] {
  const users = policy.conditions?.users;
  const approved = settings.approvedExclusions;
  const approvedUsers = new Set([...approved.users, ...settings.breakGlassAccounts]);
  const gaps: string[] = [];
  const excludedUsers = users?.excludeUsers ?? [];
  // Graph's older form of the guest exclusion is the keyword in excludeUsers.
  const excludesGuests = Boolean(users?.excludeGuestsOrExternalUsers) || excludedUsers.includes(GUESTS_KEYWORD);
  const unapprovedUsers = excludedUsers.filter((id) => id !== GUESTS_KEYWORD && !approvedUsers.has(id));
  if (unapprovedUsers.length > 0) gaps.push(`excludes ${count(unapprovedUsers.length, 'user')} not on the approved list`);
  const unapprovedGroups = (users?.excludeGroups ?? []).filter((id) => !approved.groups.has(id));
  if (unapprovedGroups.length > 0) gaps.push(`excludes ${count(unapprovedGroups.length, 'group')} not on the approved list`);
  if ((users?.excludeRoles ?? []).some((id) => !approved.roles.has(id))) gaps.push('excludes directory roles');
  if (excludesGuests && !approved.guestsOrExternalUsers) gaps.push('excludes guests or external users');
  return gaps.map((text) => ({ kind: 'exclusion', text }));
}

function applicationGaps(policy: GraphConditionalAccessPolicy, settings: ResolvedSettings, target: CoverageTarget): ScopeGap[] {
  const applications = policy.conditions?.applications;
  if (target.applications !== 'all') {
    const action = target.applications.userAction;
    return (applications?.includeUserActions ?? []).includes(action) ? [] : [{ kind: 'applications', text: `does not target the user action ${action}` }];
  }
  const gaps: ScopeGap[] = [];
  if (!(applications?.includeApplications ?? []).includes('All')) gaps.push({ kind: 'applications', text: 'does not include all cloud apps' });
  if ((applications?.excludeApplications ?? []).some((id) => !settings.approvedExclusions.applications.has(id))) {
    gaps.push({ kind: 'exclusion', text: 'excludes applications not on the approved list' });
  }
  return gaps;
}

const GUESTS_KEYWORD = 'GuestsOrExternalUsers';

export function count(n: number, noun: string): string {
  return `${n} ${noun.startsWith('of ') ? noun : `${noun}${n === 1 ? '' : 's'}`}`;
}
