import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { defineControl } from '../../model/define-control';
import { fail, pass, warn } from '../../model/outcome';
import { durationDays } from './app-credentials';

interface Restriction {
  restrictionType?: string;
  state?: string;
  maxLifetime?: string | null;
}

interface AppManagementPolicy {
  isEnabled?: boolean;
  applicationRestrictions?: { passwordCredentials?: Restriction[] };
}

export const AP_04 = defineControl({
  id: 'AP-04',
  title: 'Application credential lifetime policy',
  description: 'The tenant\'s default app management policy forbids adding client secrets to applications, or limits their lifetime to the tenant maximum (180 days by default).',
  severity: 'medium',
  level: 'L2',
  references: { scuba: ['MS.AAD.5.5v1', 'MS.AAD.5.6v1', 'MS.AAD.5.7v1'] },
  datasets: [CatalogDatasetPath.DefaultAppManagementPolicy],
  permissions: ['Policy.Read.All'],
  licence: 'free',
  rationale: 'Long-lived client secrets are the most common persistent credential stolen from applications.',
  remediation: [
    'Entra admin center → Identity → Applications → App registrations → Application management policies (tenant default): block password addition or set a maximum password lifetime.',
    'Graph: PATCH /policies/defaultAppManagementPolicy { "isEnabled": true, "applicationRestrictions": { "passwordCredentials": [{ "restrictionType": "passwordLifetime", "state": "enabled", "maxLifetime": "P180D" }] } }.',
  ],
  auditActivities: ['Update default app management policy'],
  evaluate: (view, settings) => {
    const policy = view.single<AppManagementPolicy>(CatalogDatasetPath.DefaultAppManagementPolicy) ?? {};
    const restrictions = (policy.applicationRestrictions?.passwordCredentials ?? []).filter((r) => r.state !== 'disabled');
    const max = settings.thresholds.maxSecretLifetimeDays;
    if (policy.isEnabled !== true || restrictions.length === 0) return fail('No tenant-wide restriction on application secrets is enforced.', { affectedCount: 1 });
    if (restrictions.some((r) => r.restrictionType === 'passwordAddition')) return pass('Adding client secrets to applications is blocked.');
    const lifetime = restrictions.find((r) => r.restrictionType === 'passwordLifetime');
    const days = durationDays(lifetime?.maxLifetime);
    if (days !== null && days <= max) return pass(`Client secret lifetime is limited to ${Math.round(days)} days (maximum ${max}).`);
    if (days !== null) return fail(`Client secret lifetime is limited to ${Math.round(days)} days, above the ${max}-day maximum.`, { affectedCount: 1 });
    return warn('Secrets are restricted, but neither addition nor lifetime is limited.', { affectedCount: 1 });
  },
});
