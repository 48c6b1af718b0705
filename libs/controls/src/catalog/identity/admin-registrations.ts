import { DatasetPath } from '../../datasets/dataset-path';
import { capped, userItem } from '../../evidence/evidence-items';
import { ControlOutcome } from '../../model/control-outcome';
import { DatasetView } from '../../model/dataset-view';
import { fail, notApplicable, pass, plural } from '../../model/outcome';
import { ResolvedSettings } from '../../settings/tenant-settings';
import { percentOneDecimal } from '../../util/percent';

export interface AdminRegistration {
  id: string;
  userPrincipalName?: string;
  userDisplayName?: string;
  isAdmin?: boolean;
  isMfaRegistered?: boolean;
  methodsRegistered?: string[];
}

export const URD = DatasetPath.UserRegistrationDetails;
/** Registration details are user-scaled: ID-02 and ID-03 keep only the administrators' rows. */
export const ADMINS_ONLY = { [URD]: (row: Record<string, unknown>) => row.isAdmin === true };

/** Judges each administrator's registration row; break-glass accounts are reported apart, never failed. */
export function adminOutcome(view: DatasetView, settings: ResolvedSettings, ok: (row: AdminRegistration) => boolean, what: { has: string; lacks: string }): ControlOutcome {
  const admins = view.rows<AdminRegistration>(URD).filter((row) => !settings.breakGlassAccounts.has(row.id));
  const skipped = view.rows<AdminRegistration>(URD).length - admins.length;
  const note = skipped > 0 ? ` (${plural(skipped, 'break-glass account')} not counted)` : '';
  if (admins.length === 0) return notApplicable(`No administrators in the registration report${note}.`);
  const failing = admins.filter((row) => !ok(row));
  const metric = percentOneDecimal(admins.length - failing.length, admins.length);
  if (failing.length === 0) return pass(`All ${plural(admins.length, 'administrator')} ${what.has}${note}.`, { metric });
  return fail(`${failing.length} of ${plural(admins.length, 'administrator')} ${what.lacks}${note}.`, {
    metric,
    affectedCount: failing.length,
    evidence: capped(failing.map((row) => userItem(row.id, row.userDisplayName, `${what.lacks.replace(/^have /, 'has ')}; registered: ${(row.methodsRegistered ?? []).join(', ') || 'none'}`, row.userPrincipalName))),
  });
}
