import { CatalogDatasetPath, DatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { DatasetView } from '../../model/dataset-view';
import { fail, pass, plural } from '../../model/outcome';
import { privilegedUsersMatching } from '../../roles/privileged-user-filter';
import { distinctPrincipals, privilegedMembers, RoleMember } from '../../roles/role-members';
import { memberEvidence, ROLE_AUDIT, ROLE_DATASETS, ROLES_PORTAL } from './pa-common';

interface UserRow {
  id: string;
  userType?: string;
  onPremisesSyncEnabled?: boolean | null;
}

/** Privileged user principals, each with what the user directory says about them (kept users only). */
function privilegedUsers(view: DatasetView): Array<{ member: RoleMember; user?: UserRow }> {
  const users = new Map(view.rows<UserRow>(DatasetPath.Users).map((u) => [u.id, u]));
  return distinctPrincipals(privilegedMembers(view).filter((m) => m.kind === 'user')).map((member) => ({ member, user: users.get(member.principalId) }));
}

export const PA_03 = defineControl({
  id: 'PA-03',
  title: 'Privileged accounts are cloud-only',
  description: 'No principal holding a privileged role is synchronised from on-premises Active Directory.',
  severity: 'high',
  level: 'L1',
  references: { cis: ['1.1.1'], scuba: ['MS.AAD.7.3v1'] },
  datasets: [...ROLE_DATASETS, DatasetPath.Users],
  required: [CatalogDatasetPath.RoleAssignments, DatasetPath.Users],
  permissions: ['RoleManagement.Read.All', 'User.Read.All'],
  licence: 'free',
  keep: { [DatasetPath.Users]: privilegedUsersMatching((user) => user.onPremisesSyncEnabled === true) },
  rationale: 'A synced admin falls with the on-premises directory: an AD compromise becomes a cloud tenant compromise.',
  remediation: [`${ROLES_PORTAL}: assign privileged roles to dedicated cloud-only accounts (name@tenant.onmicrosoft.com) and remove them from the synced accounts.`, 'Graph: POST /users for the cloud-only admin, then move the role assignments.'],
  auditActivities: ROLE_AUDIT,
  evaluate: (view) => {
    const admins = privilegedUsers(view);
    const synced = admins.filter(({ member, user }) => (user?.onPremisesSyncEnabled ?? member.onPremisesSyncEnabled) === true);
    if (synced.length === 0) return pass(`None of ${plural(admins.length, 'privileged user')} is synchronised from on-premises.`);
    return fail(`${synced.length} of ${plural(admins.length, 'privileged user')} are synchronised from on-premises.`, {
      affectedCount: synced.length,
      evidence: capped(synced.map(({ member }) => memberEvidence(member, 'onPremisesSyncEnabled true'))),
    });
  },
});

export const PA_09 = defineControl({
  id: 'PA-09',
  title: 'No guests in privileged roles',
  description: 'No guest or external account holds a privileged directory role, directly, through a group or as eligible.',
  severity: 'high',
  level: 'L1',
  references: { maester: ['MT.1025'] },
  datasets: [...ROLE_DATASETS, DatasetPath.Users],
  required: [CatalogDatasetPath.RoleAssignments, DatasetPath.Users],
  permissions: ['RoleManagement.Read.All', 'User.Read.All'],
  licence: 'free',
  keep: { [DatasetPath.Users]: privilegedUsersMatching((user) => user.userType === 'Guest') },
  rationale: 'A guest\'s security depends on another organisation\'s controls; privileged roles must not.',
  remediation: [`${ROLES_PORTAL} → each listed role → Assignments → remove the guest; give the person a member account if they need the role.`, 'Graph: DELETE /roleManagement/directory/roleAssignments/{id}.'],
  auditActivities: ROLE_AUDIT,
  evaluate: (view) => {
    const admins = privilegedUsers(view);
    const guests = admins.filter(({ member, user }) => (user?.userType ?? member.userType) === 'Guest');
    if (guests.length === 0) return pass(`None of ${plural(admins.length, 'privileged user')} is a guest.`);
    return fail(`${plural(guests.length, 'guest holds', 'guests hold')} privileged roles.`, {
      affectedCount: guests.length,
      evidence: capped(guests.map(({ member }) => memberEvidence(member, 'guest account'))),
    });
  },
});
