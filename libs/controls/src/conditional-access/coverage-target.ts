/** Which part of a policy's conditions a gap concerns; `combine` rules merge policies along one kind. */
export type GapKind = 'state' | 'users' | 'roles' | 'exclusion' | 'applications' | 'clientApps' | 'platforms' | 'locations' | 'devices' | 'risk' | 'flows';

export interface ScopeGap {
  kind: GapKind;
  text: string;
}

/** The conditions that are a control's point rather than a narrowing (risk levels for the risk policies). */
export type IgnoredCondition = 'clientApps' | 'risk' | 'flows';

/** What a policy must cover to count for a control. */
export interface CoverageTarget {
  /** Every user, or every one of these role template ids (a policy for all users covers them too). */
  users: 'all' | { roles: readonly string[] };
  /** Every cloud app, or a user action such as `urn:user:registersecurityinfo`. */
  applications: 'all' | { userAction: string };
  ignore?: readonly IgnoredCondition[];
}

export const EVERYONE_EVERYWHERE: CoverageTarget = { users: 'all', applications: 'all' };

export const REPORT_ONLY = 'enabledForReportingButNotEnforced';
