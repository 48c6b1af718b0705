import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { defineControl } from '../../model/define-control';
import { fail, pass, plural } from '../../model/outcome';

interface AdminConsentRequestPolicy {
  isEnabled?: boolean;
  reviewers?: Array<{ query?: string }>;
}

export const AP_03 = defineControl({
  id: 'AP-03',
  title: 'Admin consent workflow enabled with reviewers',
  description: 'Users can request admin consent for applications they may not consent to, and the requests go to named reviewers.',
  severity: 'medium',
  level: 'L1',
  references: { cis: ['5.1.5.2'], scuba: ['MS.AAD.5.3v1'] },
  datasets: [CatalogDatasetPath.AdminConsentRequestPolicy],
  permissions: ['Policy.Read.All'],
  licence: 'free',
  rationale: 'With user consent restricted (AP-02), the workflow gives users a governed path instead of workarounds.',
  remediation: [
    'Entra admin center → Identity → Applications → Enterprise applications → Admin consent settings → Users can request admin consent: Yes; select reviewers → Save.',
    'Graph: PUT /policies/adminConsentRequestPolicy { "isEnabled": true, "reviewers": [{ "query": "/users/{id}", "queryType": "MicrosoftGraph" }], "notifyReviewers": true }.',
  ],
  auditActivities: ['Update admin consent request policy'],
  evaluate: (view) => {
    const policy = view.single<AdminConsentRequestPolicy>(CatalogDatasetPath.AdminConsentRequestPolicy) ?? {};
    const reviewers = policy.reviewers ?? [];
    const evidence = [{ kind: 'setting', id: 'adminConsentRequestPolicy', displayName: 'Admin consent request policy', detail: `isEnabled ${policy.isEnabled === true}; ${plural(reviewers.length, 'reviewer')}` }];
    if (policy.isEnabled !== true) return fail('The admin consent workflow is disabled.', { affectedCount: 1, evidence });
    if (reviewers.length === 0) return fail('The admin consent workflow is enabled but has no reviewers.', { affectedCount: 1, evidence });
    return pass(`The admin consent workflow is enabled with ${plural(reviewers.length, 'reviewer')}.`, { evidence });
  },
});
