import { CaPolicy } from '../../conditional-access/ca-coverage';
import { REPORT_ONLY } from '../../conditional-access/coverage-target';
import { CA_AUDIT_ACTIVITIES } from '../../conditional-access/define-ca-control';
import { DatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { pass, plural, warn } from '../../model/outcome';

export const CA_15 = defineControl({
  id: 'CA-15',
  title: 'No Conditional Access policy left in report-only',
  description: 'Report-only policies are a rollout step: each one still in report-only is protection that is not enforced.',
  severity: 'low',
  level: 'L2',
  references: {},
  datasets: [DatasetPath.ConditionalAccessPolicies],
  permissions: ['Policy.Read.All'],
  licence: 'p1',
  rationale: 'Tools and reviewers often mistake report-only policies for enforced ones; they protect nothing.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → each listed policy → review its report-only insights → Enable policy: On (or delete it).',
    'Graph: PATCH /identity/conditionalAccess/policies/{id} { "state": "enabled" }.',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  evaluate: (view) => {
    const reportOnly = view.rows<CaPolicy>(DatasetPath.ConditionalAccessPolicies).filter((p) => p.state === REPORT_ONLY);
    if (reportOnly.length === 0) return pass('No Conditional Access policy is in report-only mode.');
    const evidence = reportOnly.map((p) => ({ kind: 'conditionalAccessPolicy', id: p.id, displayName: p.displayName ?? p.id, detail: 'report-only (not enforced)' }));
    return warn(`${plural(reportOnly.length, 'policy is', 'policies are')} in report-only mode: ${reportOnly.map((p) => `"${p.displayName ?? p.id}"`).join(', ')}.`, {
      affectedCount: reportOnly.length,
      evidence: capped(evidence),
    });
  },
});
