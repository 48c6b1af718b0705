import { ControlStatus } from '@trueconfig/common';
import { DatasetPath } from '../../datasets/dataset-path';
import { GraphConditionalAccessPolicy, GraphUser, GraphUserRegistrationDetails, graphRows } from '../../datasets/graph-shapes';
import { ControlAccumulator } from '../../model/control-accumulator';
import { ControlOutcome } from '../../model/control-outcome';
import { DatasetAvailability, DatasetUnavailability, describeRequirement } from '../../model/dataset-availability';
import { notApplicable } from '../../model/outcome';
import { licenceBelow } from '../../model/unavailable-outcome';
import { ResolvedSettings } from '../../settings/tenant-settings';
import { DEFAULT_EVIDENCE_CAP } from '../../util/evidence-list';
import { KeyedStreamJoin } from '../../util/keyed-stream-join';
import { conditionalAccessOutcome } from './id-01-conditional-access.outcome';
import { registrationOutcome } from './id-01-registration.outcome';
import { isEnabledMember, MemberRegistrationCounts } from './member-registrations';
import { MemberRef, RegistrationTally } from './registration-tally';

/**
 * Registration details carry no accountEnabled, so they are joined to users by id. In memory (offline
 * evaluation of a snapshot, which is held whole anyway) the join holds the enabled members still waiting
 * for their registration row; a scan passes a MemberRegistrationJoin instead (done in its database), and
 * this accumulator then keeps nothing per user.
 */
export class Id01Accumulator implements ControlAccumulator {
  private readonly tally = new RegistrationTally(DEFAULT_EVIDENCE_CAP);
  private readonly join = new KeyedStreamJoin<MemberRef, boolean>({
    matched: (id, member, registered) => this.tally.record(id, member, registered),
    leftOnly: (id, member) => this.tally.record(id, member, false),
  });
  /** Conditional Access policies are few: held whole. */
  private readonly policies: Array<GraphConditionalAccessPolicy & { id: string }> = [];

  constructor(private readonly settings: ResolvedSettings) {}

  private get joinedElsewhere(): boolean {
    return this.settings.memberRegistrations !== undefined;
  }

  accept(dataset: DatasetPath, page: readonly unknown[]): void {
    if (dataset === DatasetPath.Users && !this.joinedElsewhere) this.acceptUsers(page);
    if (dataset === DatasetPath.UserRegistrationDetails && !this.joinedElsewhere) this.acceptRegistrations(page);
    if (dataset === DatasetPath.ConditionalAccessPolicies) this.policies.push(...graphRows<GraphConditionalAccessPolicy>(page));
  }

  complete(dataset: DatasetPath): void {
    if (dataset === DatasetPath.Users) this.join.completeLeft();
    if (dataset === DatasetPath.UserRegistrationDetails) this.join.completeRight();
  }

  finish(availability: DatasetAvailability): ControlOutcome {
    if (licenceBelow(this.settings.licence, 'p1')) {
      return notApplicable('MFA registration details and Conditional Access require an Entra ID P1 licence, which the tenant does not have.');
    }
    const usersGap = availability.unavailable(DatasetPath.Users);
    if (usersGap) return usersUnavailable(usersGap);
    const registrationGap = availability.unavailable(DatasetPath.UserRegistrationDetails);
    if (registrationGap) {
      const policiesGap = availability.unavailable(DatasetPath.ConditionalAccessPolicies);
      return conditionalAccessOutcome(registrationGap, policiesGap, this.policies, this.settings);
    }
    return registrationOutcome(this.counts(), this.settings.thresholds.mfaTargetPercent);
  }

  private counts(): MemberRegistrationCounts {
    if (this.settings.memberRegistrations) return this.settings.memberRegistrations.counts();
    this.join.flush();
    return this.tally.counts();
  }

  private acceptUsers(page: readonly unknown[]): void {
    for (const user of graphRows<GraphUser>(page)) {
      if (isEnabledMember(user)) this.join.addLeft(user.id, { displayName: user.displayName, userPrincipalName: user.userPrincipalName });
      else this.join.discardLeft(user.id);
    }
  }

  private acceptRegistrations(page: readonly unknown[]): void {
    for (const row of graphRows<GraphUserRegistrationDetails>(page)) this.join.addRight(row.id, row.isMfaRegistered === true);
  }
}

function usersUnavailable(reason: DatasetUnavailability): ControlOutcome {
  return {
    status: ControlStatus.ERROR,
    summary: `The user directory is unavailable (${describeRequirement(reason)}): enabled member users cannot be identified.`,
    metric: null,
    affectedCount: 0,
    evidence: [],
  };
}
