import { MemberRegistrationCounts, MemberRegistrationJoin } from '@trueconfig/controls';
import { PendingLoad } from './post-scan-loads';

/**
 * What one scan learns through its replica for the evaluation: ID-01's users↔registration join (counted in
 * Postgres once both datasets are in) and when the users' sign-in activity was read from Graph.
 */
export class ScanReadings implements MemberRegistrationJoin {
  private memberCounts: MemberRegistrationCounts | null = null;
  /** When the signInActivity fed to this scan was read from Graph; null when none was. */
  signInActivityAsOf: Date | null = null;
  /** This scan read users in full: they are staged (ID-01 joins them there) and loaded into the replica once it is over. */
  pendingLoad: PendingLoad | null = null;

  setMemberRegistrations(counts: MemberRegistrationCounts): void {
    this.memberCounts = counts;
  }

  counts(): MemberRegistrationCounts {
    if (!this.memberCounts) throw new Error('member registrations were not counted for this scan');
    return this.memberCounts;
  }
}
