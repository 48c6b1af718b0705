/** An accepted failure: reported as accepted until it expires (applied by issue 6's exception rules). */
export interface RiskAcceptance {
  controlId: string;
  reason: string;
  owner: string;
  expiresAt: string;
}

export interface ControlThresholds {
  globalAdminMin: number;
  globalAdminMax: number;
  staleDays: number;
  /** ID-01 passes when at least this share (percent) of enabled members has MFA registered. */
  mfaTargetPercent: number;
}

/** A tenant's TrueConfig configuration as snapshots and settings storage carry it: every part optional. */
export interface TenantSettings {
  breakGlassAccounts?: string[];
  approvedExclusions?: { users?: string[]; groups?: string[] };
  thresholds?: Partial<ControlThresholds>;
  riskAcceptances?: RiskAcceptance[];
}

/** Settings with every default applied: what evaluators read. */
export interface ResolvedSettings {
  breakGlassAccounts: ReadonlySet<string>;
  approvedExclusions: { users: ReadonlySet<string>; groups: ReadonlySet<string> };
  thresholds: ControlThresholds;
  riskAcceptances: RiskAcceptance[];
}
