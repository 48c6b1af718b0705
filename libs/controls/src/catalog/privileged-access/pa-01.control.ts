import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { degraded, fail, pass, plural } from '../../model/outcome';
import { GLOBAL_ADMINISTRATOR } from '../../roles/privileged-roles';
import { distinctPrincipals, privilegedMembers } from '../../roles/role-members';
import { eligibilityUnknown, memberEvidence, ROLE_AUDIT, ROLE_DATASETS, ROLE_PERMISSIONS, ROLES_PORTAL } from './pa-common';

export const PA_01 = defineControl({
  id: 'PA-01',
  title: 'Global Administrator count within the band',
  description: 'The distinct principals holding Global Administrator (active or eligible, role-assignable groups expanded) are within the tenant\'s band: CIS 2–4 by default, SCuBA allows up to 8.',
  severity: 'high',
  level: 'L1',
  references: { cis: ['1.1.3'], scuba: ['MS.AAD.7.1v1'] },
  datasets: ROLE_DATASETS,
  required: [ROLE_DATASETS[0]],
  permissions: ROLE_PERMISSIONS,
  licence: 'free',
  rationale: 'One Global Administrator is a single point of failure; many multiply the ways to lose the tenant.',
  remediation: [
    `${ROLES_PORTAL} → Global Administrator → Assignments: remove assignments above the band, or add a second administrator (a break-glass account counts).`,
    'Graph: DELETE /roleManagement/directory/roleAssignments/{id}, or POST a new assignment with roleDefinitionId 62e90394-69f5-4237-9190-012177145e10.',
  ],
  auditActivities: ROLE_AUDIT,
  evaluate: (view, settings) => {
    const admins = distinctPrincipals(privilegedMembers(view, GLOBAL_ADMINISTRATOR));
    const { globalAdminMin: min, globalAdminMax: max } = settings.thresholds;
    const count = admins.length;
    const evidence = capped(admins.map((a) => memberEvidence(a, 'holds Global Administrator')));
    const detail = { metric: count, evidence };
    const summary = `${plural(count, 'Global Administrator')}; band ${min}–${max}`;
    if (count < min || count > max) return fail(`${summary}.`, { ...detail, affectedCount: count > max ? count - max : min - count });
    if (eligibilityUnknown(view)) return degraded(`${summary}, counting active assignments only: eligible assignments could not be read.`, detail);
    return pass(`${summary}.`, detail);
  },
});

export const PA_02 = defineControl({
  id: 'PA-02',
  title: 'Least-privileged roles preferred over Global Administrator',
  description: 'Fewer principals hold Global Administrator than hold the other privileged roles: administrators get the narrow role their work needs.',
  severity: 'medium',
  level: 'L1',
  references: { scuba: ['MS.AAD.7.2v1'] },
  datasets: ROLE_DATASETS,
  required: [ROLE_DATASETS[0]],
  permissions: ROLE_PERMISSIONS,
  licence: 'free',
  rationale: 'Every Global Administrator can do everything; a narrower role limits what one compromised admin costs.',
  remediation: [`${ROLES_PORTAL}: replace Global Administrator assignments with the narrow roles each admin needs (User, Exchange, SharePoint, Security Administrator…).`],
  auditActivities: ROLE_AUDIT,
  evaluate: (view) => {
    const members = privilegedMembers(view);
    const global = distinctPrincipals(members.filter((m) => m.roleId === GLOBAL_ADMINISTRATOR));
    const globalIds = new Set(global.map((g) => g.principalId));
    const others = distinctPrincipals(members.filter((m) => m.roleId !== GLOBAL_ADMINISTRATOR && !globalIds.has(m.principalId)));
    const summary = `${plural(global.length, 'Global Administrator')} and ${plural(others.length, 'holder')} of other privileged roles only`;
    const metric = others.length === 0 ? null : Math.round((global.length / others.length) * 100) / 100;
    if (global.length <= others.length) return pass(`${summary}.`, { metric });
    return fail(`${summary}: more principals hold Global Administrator than narrower roles.`, { metric, affectedCount: global.length - others.length, evidence: capped(global.map((g) => memberEvidence(g, 'could use a narrower role'))) });
  },
});
