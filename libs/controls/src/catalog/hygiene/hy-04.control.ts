import { CatalogDatasetPath, DatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { degraded, fail, pass, plural } from '../../model/outcome';
import { privilegedUsersMatching } from '../../roles/privileged-user-filter';
import { distinctPrincipals, privilegedMembers } from '../../roles/role-members';
import { memberEvidence, ROLE_AUDIT, ROLE_DATASETS } from '../privileged-access/pa-common';
import { isStale, SignInUser, signInsAsOfNote, staleDetail } from './sign-in-age';

export const HY_04 = defineControl({
  id: 'HY-04',
  title: 'No stale privileged accounts',
  description: 'No enabled account holding a privileged role (break-glass excepted) has gone without a successful sign-in for longer than the stricter admin limit (30 days by default).',
  severity: 'high',
  level: 'L1',
  references: {},
  datasets: [...ROLE_DATASETS, DatasetPath.Users],
  required: [CatalogDatasetPath.RoleAssignments, DatasetPath.Users],
  permissions: ['RoleManagement.Read.All', 'User.Read.All', 'AuditLog.Read.All'],
  licence: 'p1',
  keep: { [DatasetPath.Users]: privilegedUsersMatching((user, settings) => isStale(user as unknown as SignInUser, settings, settings.thresholds.staleAdminDays) || !('signInActivity' in user)) },
  rationale: 'An unused admin account is standing privilege nobody watches: remove the role or the account.',
  remediation: ['Entra admin center → Identity → Roles & admins → remove the role from each listed account, or disable the account.', 'Graph: DELETE /roleManagement/directory/roleAssignments/{id} or PATCH /users/{id} { "accountEnabled": false }.'],
  auditActivities: ROLE_AUDIT,
  evaluate: (view, settings) => {
    const users = new Map(view.rows<SignInUser>(DatasetPath.Users).map((u) => [u.id, u]));
    const admins = distinctPrincipals(privilegedMembers(view).filter((m) => m.kind === 'user'));
    const limit = settings.thresholds.staleAdminDays;
    if (admins.some((a) => users.has(a.principalId) && !('signInActivity' in (users.get(a.principalId) as SignInUser)))) {
      return degraded('Sign-in activity was not collected for privileged users (needs Entra ID P1 and AuditLog.Read.All).');
    }
    const stale = admins.filter((a) => users.has(a.principalId) && isStale(users.get(a.principalId) as SignInUser, settings, limit));
    const asOf = signInsAsOfNote(settings);
    if (stale.length === 0) return pass(`None of ${plural(admins.length, 'privileged user')} has been idle more than ${limit} days.${asOf}`);
    return fail(`${stale.length} of ${plural(admins.length, 'privileged user')} have had no successful sign-in for more than ${limit} days.${asOf}`, {
      affectedCount: stale.length,
      evidence: capped(stale.map((a) => memberEvidence(a, staleDetail(users.get(a.principalId) as SignInUser, settings.evaluatedAt)))),
    });
  },
});
