import { ControlStatus } from '@trueconfig/common';
import { ControlOutcome } from '../../model/control-outcome';
import { formatPercent, meetsTarget, percentOneDecimal } from '../../util/percent';
import { MemberRegistrationCounts } from './member-registrations';

/** The full evaluation: the share of enabled members with MFA registered against the tenant's target. */
export function registrationOutcome(tally: MemberRegistrationCounts, targetPercent: number): ControlOutcome {
  const { members, registered } = tally;
  if (members === 0) {
    return { status: ControlStatus.NOT_APPLICABLE, summary: 'No enabled member users to evaluate.', metric: null, affectedCount: 0, evidence: [] };
  }
  const metric = percentOneDecimal(registered, members);
  const notRegistered = members - registered;
  const passed = meetsTarget(registered, members, targetPercent);
  const share = `${registered} of ${members} enabled member users (${formatPercent(metric)}) have MFA registered`;
  const missing = notRegistered > 0 ? `; ${notRegistered} not registered` : '';
  return {
    status: passed ? ControlStatus.PASS : ControlStatus.FAIL,
    summary: `${share}${missing}; target ${formatPercent(targetPercent)}.`,
    metric,
    affectedCount: notRegistered,
    evidence: tally.unregistered,
  };
}
