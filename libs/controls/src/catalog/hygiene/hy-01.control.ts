import { DatasetPath } from '../../datasets/dataset-path';
import { graphRows } from '../../datasets/graph-shapes';
import { userItem } from '../../evidence/evidence-items';
import { ControlAccumulator } from '../../model/control-accumulator';
import { ControlDefinition } from '../../model/control-definition';
import { ControlOutcome } from '../../model/control-outcome';
import { DatasetAvailability } from '../../model/dataset-availability';
import { degraded, fail, notApplicable, pass, plural } from '../../model/outcome';
import { licenceBelow, unavailableOutcome } from '../../model/unavailable-outcome';
import { ResolvedSettings } from '../../settings/tenant-settings';
import { EvidenceList } from '../../util/evidence-list';
import { percentOneDecimal } from '../../util/percent';
import { isStale, SignInUser, signInsAsOfNote, staleDetail } from './sign-in-age';

/** Streams the user directory: counts enabled accounts and stale ones, keeps a capped sample. */
class StaleAccountsAccumulator implements ControlAccumulator {
  private enabled = 0;
  private withActivity = 0;
  private readonly stale = new EvidenceList();

  constructor(private readonly settings: ResolvedSettings) {}

  accept(_dataset: DatasetPath, page: readonly unknown[]): void {
    const limit = this.settings.thresholds.staleDays;
    for (const user of graphRows<SignInUser>(page)) {
      if (user.accountEnabled === false || this.settings.breakGlassAccounts.has(user.id)) continue;
      this.enabled++;
      if ('signInActivity' in user) this.withActivity++;
      if (isStale(user, this.settings, limit)) this.stale.add(userItem(user.id, user.displayName, staleDetail(user, this.settings.evaluatedAt), user.userPrincipalName));
    }
  }

  finish(availability: DatasetAvailability): ControlOutcome {
    const gap = availability.unavailable(DatasetPath.Users);
    if (gap) return unavailableOutcome(HY_01, DatasetPath.Users, gap, this.settings);
    if (this.enabled === 0) return notApplicable('No enabled accounts to evaluate.');
    if (this.withActivity === 0) {
      if (licenceBelow(this.settings.licence, 'p1')) return notApplicable('Sign-in activity requires an Entra ID P1 licence, which the tenant does not have.');
      return degraded('Sign-in activity was not collected (users read without signInActivity: needs Entra ID P1 and AuditLog.Read.All).');
    }
    const days = this.settings.thresholds.staleDays;
    const metric = percentOneDecimal(this.stale.total, this.enabled);
    const asOf = signInsAsOfNote(this.settings);
    if (this.stale.total === 0) return pass(`None of ${plural(this.enabled, 'enabled account')} has been idle more than ${days} days.${asOf}`, { metric });
    return fail(`${this.stale.total} of ${plural(this.enabled, 'enabled account')} have had no successful sign-in for more than ${days} days.${asOf}`, {
      metric,
      affectedCount: this.stale.total,
      evidence: this.stale.toArray(),
    });
  }
}

export const HY_01: ControlDefinition = {
  id: 'HY-01',
  title: 'No stale enabled accounts',
  description: 'No enabled account (break-glass excepted) has gone without a successful sign-in for longer than the tenant\'s limit (90 days by default); accounts never used count from their creation.',
  severity: 'medium',
  level: 'L1',
  references: {},
  datasets: [DatasetPath.Users],
  permissions: ['User.Read.All', 'AuditLog.Read.All'],
  licence: 'p1',
  rationale: 'Dormant accounts are unwatched: their passwords leak, nobody notices their sign-ins, and they keep their access.',
  remediation: [
    'Entra admin center → Users → All users → add the Last successful sign-in column → review the listed accounts → disable them (Account status: disabled) or delete them.',
    'Graph: PATCH /users/{id} { "accountEnabled": false }; automate with an access review of inactive users.',
  ],
  auditActivities: ['Update user', 'Disable account'],
  createAccumulator: (settings) => new StaleAccountsAccumulator(settings),
};
