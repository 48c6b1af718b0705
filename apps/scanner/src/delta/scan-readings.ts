import { MemberRegistrationCounts, MemberRegistrationJoin } from '@trueconfig/controls';
import { PendingDeltaRound } from './delta-round.store';

/**
 * What one scan learns through its replica for the evaluation: ID-01's users↔registration join (counted in
 * Postgres once both datasets are in) and when the users' sign-in activity was read from Graph.
 */
export class ScanReadings implements MemberRegistrationJoin {
  private memberCounts: MemberRegistrationCounts | null = null;
  /** When the signInActivity fed to this scan was read from Graph; null when none was. */
  signInActivityAsOf: Date | null = null;
  /** A first read with sign-ins has no delta link yet: the round that fetches it once the scan is over. */
  pendingDeltaRound: PendingDeltaRound | null = null;

  setMemberRegistrations(counts: MemberRegistrationCounts): void {
    this.memberCounts = counts;
  }

  counts(): MemberRegistrationCounts {
    if (!this.memberCounts) throw new Error('member registrations were not counted for this scan');
    return this.memberCounts;
  }
}
