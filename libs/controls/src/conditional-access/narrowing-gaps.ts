import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';
import { IgnoredCondition, ScopeGap } from './coverage-target';

export const ALL_CLIENT_APP_TYPES = ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'];

/** Conditions that shrink a policy below "everywhere": client apps, platforms, locations, device filters, risk, flows. */
export function narrowingGaps(policy: GraphConditionalAccessPolicy, ignore: readonly IgnoredCondition[]): ScopeGap[] {
  const conditions = policy.conditions;
  const gaps: ScopeGap[] = [];
  if (!ignore.includes('clientApps') && clientAppTypesOf(policy).length < ALL_CLIENT_APP_TYPES.length) {
    gaps.push({ kind: 'clientApps', text: 'is limited to some client app types' });
  }
  const platforms = conditions?.platforms;
  if (platforms && (!(platforms.includePlatforms ?? ['all']).includes('all') || (platforms.excludePlatforms ?? []).length > 0)) {
    gaps.push({ kind: 'platforms', text: 'is limited to some device platforms' });
  }
  const locations = conditions?.locations;
  if (locations && (!(locations.includeLocations ?? ['All']).includes('All') || (locations.excludeLocations ?? []).length > 0)) {
    gaps.push({ kind: 'locations', text: 'is limited by location' });
  }
  if (conditions?.devices?.deviceFilter) gaps.push({ kind: 'devices', text: 'is limited by a device filter' });
  const riskLevels = [...(conditions?.userRiskLevels ?? []), ...(conditions?.signInRiskLevels ?? []), ...(conditions?.servicePrincipalRiskLevels ?? [])];
  if (!ignore.includes('risk') && riskLevels.length > 0) gaps.push({ kind: 'risk', text: 'is limited to some risk levels' });
  if (!ignore.includes('flows') && conditions?.authenticationFlows?.transferMethods) gaps.push({ kind: 'flows', text: 'is limited to some authentication flows' });
  return gaps;
}

/** The client app types a policy applies to, `all` (or none listed) expanded to every type. */
export function clientAppTypesOf(policy: GraphConditionalAccessPolicy): string[] {
  const listed: string[] = policy.conditions?.clientAppTypes ?? [];
  if (listed.length === 0 || listed.includes('all')) return [...ALL_CLIENT_APP_TYPES];
  return ALL_CLIENT_APP_TYPES.filter((type) => listed.includes(type));
}
