import { assessCoverage, CaCoverage, CaPolicy } from '../../conditional-access/ca-coverage';
import { CatalogDatasetPath, DatasetPath } from '../../datasets/dataset-path';
import { defineControl } from '../../model/define-control';
import { DatasetView } from '../../model/dataset-view';
import { fail, pass, warn } from '../../model/outcome';
import { ResolvedSettings } from '../../settings/tenant-settings';
import { LEGACY_AUTH_COVERAGE } from './ca-01.control';
import { MFA_FOR_ALL_COVERAGE } from './ca-02.control';

export const CA_13 = defineControl({
  id: 'CA-13',
  title: 'Security defaults or Conditional Access in force',
  description: 'Security defaults are on, or the tenant has Entra ID P1 and enabled Conditional Access blocks legacy authentication and requires MFA for everyone (CA-01 and CA-02).',
  severity: 'critical',
  level: 'L1',
  references: { cis: ['5.1.1.1'], maester: ['MT.1021'] },
  datasets: [CatalogDatasetPath.SecurityDefaults, DatasetPath.ConditionalAccessPolicies, CatalogDatasetPath.SubscribedSkus],
  required: [CatalogDatasetPath.SecurityDefaults],
  permissions: ['Policy.Read.All', 'Directory.Read.All'],
  licence: 'free',
  rationale: 'A tenant with neither security defaults nor Conditional Access enforces no MFA and no legacy-protocol block at all.',
  remediation: [
    'Without Entra ID P1: Entra admin center → Identity → Overview → Properties → Manage security defaults → Enabled.',
    'With P1: create the CA-01 and CA-02 policies, then turn security defaults off. Graph: PATCH /policies/identitySecurityDefaultsEnforcementPolicy { "isEnabled": true }.',
  ],
  auditActivities: ['Update policy', 'Update conditional access policy', 'Add conditional access policy'],
  evaluate: (view, settings) => {
    if (view.single<{ isEnabled?: boolean }>(CatalogDatasetPath.SecurityDefaults)?.isEnabled === true) return pass('Security defaults are enabled.');
    if (!hasP1(view, settings)) return fail('Security defaults are off and the tenant has no Entra ID P1 for Conditional Access: nothing enforces MFA.');
    const policies = view.rows<CaPolicy>(DatasetPath.ConditionalAccessPolicies);
    const legacy = assessCoverage(policies, settings, LEGACY_AUTH_COVERAGE);
    const mfa = assessCoverage(policies, settings, MFA_FOR_ALL_COVERAGE);
    const verdicts = [legacy.verdict, mfa.verdict];
    const state = `legacy authentication ${describe(legacy)}, MFA for all users ${describe(mfa)}`;
    if (verdicts.every((v) => v === 'covered')) return pass(`Security defaults are off; Conditional Access replaces them: ${state}.`);
    if (verdicts.every((v) => v !== 'none')) return warn(`Security defaults are off; Conditional Access replaces them only in report-only mode: ${state}.`);
    return fail(`Security defaults are off and Conditional Access does not replace them: ${state}.`);
  },
});

function describe(coverage: CaCoverage): string {
  return { covered: 'enforced', reportOnly: 'report-only', none: 'not covered' }[coverage.verdict];
}

function hasP1(view: DatasetView, settings: ResolvedSettings): boolean {
  if (settings.licence) return settings.licence !== 'free';
  if (view.unavailable(DatasetPath.ConditionalAccessPolicies)?.cause === 'licence') return false;
  const skus = view.rows<{ servicePlans?: Array<{ servicePlanName?: string; provisioningStatus?: string }> }>(CatalogDatasetPath.SubscribedSkus);
  if (view.unavailable(CatalogDatasetPath.SubscribedSkus)) return !view.unavailable(DatasetPath.ConditionalAccessPolicies);
  return skus.some((sku) => (sku.servicePlans ?? []).some((plan) => plan.servicePlanName?.startsWith('AAD_PREMIUM') && plan.provisioningStatus !== 'Disabled'));
}
