import { LicenceTier } from '@trueconfig/common';
import { MemberRegistrationJoin } from '../catalog/id-01/member-registrations';

/**
 * An accepted failure: the result keeps its FAIL or WARN status and carries the acceptance
 * (see `acceptance/apply-acceptances.ts`) until `expiresAt`, then fails again.
 */
export interface RiskAcceptance {
  controlId: string;
  reason: string;
  owner: string;
  expiresAt: string;
}

export interface ControlThresholds {
  globalAdminMin: number;
  globalAdminMax: number;
  /** Enabled accounts without a successful sign-in for longer than this are stale (HY-01). */
  staleDays: number;
  /** The stricter idle limit for privileged accounts (HY-04). */
  staleAdminDays: number;
  /** ID-01 passes when at least this share (percent) of enabled members has MFA registered. */
  mfaTargetPercent: number;
  /** Longest acceptable application secret lifetime (AP-04, AP-05). */
  maxSecretLifetimeDays: number;
}

/** Exclusions a Conditional Access policy may carry and still count as covering everyone. */
export interface ApprovedExclusions {
  users?: string[];
  groups?: string[];
  /** Role template ids (rarely justified). */
  roles?: string[];
  /** Application (client) ids excluded from "All cloud apps". */
  applications?: string[];
  /** Whether excluding guests and external users is approved. */
  guestsOrExternalUsers?: boolean;
}

/** A tenant's TrueConfig configuration as snapshots and settings storage carry it: every part optional. */
export interface TenantSettings {
  breakGlassAccounts?: string[];
  approvedExclusions?: ApprovedExclusions;
  /** Application (client) ids allowed to hold high-risk Graph permissions (AP-06). */
  approvedApplications?: string[];
  thresholds?: Partial<ControlThresholds>;
  riskAcceptances?: RiskAcceptance[];
}

/** Settings with every default applied, plus when and for which licence the evaluation runs. */
export interface ResolvedSettings {
  breakGlassAccounts: ReadonlySet<string>;
  approvedExclusions: {
    users: ReadonlySet<string>;
    groups: ReadonlySet<string>;
    roles: ReadonlySet<string>;
    applications: ReadonlySet<string>;
    guestsOrExternalUsers: boolean;
  };
  approvedApplications: ReadonlySet<string>;
  thresholds: ControlThresholds;
  riskAcceptances: RiskAcceptance[];
  /** "Now" for ages, expiries and idle days: the snapshot's capture time or the scan's. */
  evaluatedAt: Date;
  /** The tenant's Entra ID licence when known: gates P1/P2-only controls to NOT_APPLICABLE. */
  licence: LicenceTier | null;
  /** ID-01's users↔registration join done outside the evaluation (a scan's database); absent: joined in memory. */
  memberRegistrations?: MemberRegistrationJoin;
  /** When the users' signInActivity was read from Graph (a delta scan reuses an earlier read); asked at finish. */
  signInActivityAsOf?: () => Date | null;
}
