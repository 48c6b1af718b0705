import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { fail, pass, plural } from '../../model/outcome';
import { ResolvedSettings } from '../../settings/tenant-settings';
import { AppRow, Credential, isExpired, lifetimeDays } from './app-credentials';

const APP_PORTAL = 'Entra admin center → Identity → Applications → App registrations → the app → Certificates & secrets';

const longLived = (settings: ResolvedSettings) => (c: Credential) => (lifetimeDays(c) ?? 0) > settings.thresholds.maxSecretLifetimeDays && !isExpired(c, settings.evaluatedAt);
const expired = (settings: ResolvedSettings) => (c: Credential) => isExpired(c, settings.evaluatedAt);

function appEvidence(app: AppRow, credentials: Credential[], what: string) {
  return { kind: 'application', id: app.id, displayName: app.displayName ?? app.appId ?? app.id, detail: `${plural(credentials.length, what)}: ${credentials.map((c) => c.displayName ?? c.keyId).join(', ')}` };
}

export const AP_05 = defineControl({
  id: 'AP-05',
  title: 'No long-lived application secrets',
  description: 'No application registration holds a client secret valid for longer than the tenant maximum (180 days by default).',
  severity: 'medium',
  level: 'L1',
  references: {},
  datasets: [CatalogDatasetPath.Applications],
  permissions: ['Directory.Read.All'],
  licence: 'free',
  keep: { [CatalogDatasetPath.Applications]: (row, settings) => ((row as unknown as AppRow).passwordCredentials ?? []).some(longLived(settings)) },
  rationale: 'A secret valid for years outlives the people who know about it; a leak stays exploitable for its whole life.',
  remediation: [`${APP_PORTAL} → add a secret of at most the maximum lifetime (or a certificate / managed identity), update the app, then delete the long-lived one.`, 'Graph: POST /applications/{id}/addPassword with endDateTime, then POST /applications/{id}/removePassword { keyId }.'],
  auditActivities: ['Update application – Certificates and secrets management', 'Update application'],
  evaluate: (view, settings) => {
    const apps = view.rows<AppRow>(CatalogDatasetPath.Applications);
    const max = settings.thresholds.maxSecretLifetimeDays;
    if (apps.length === 0) return pass(`No application secret is valid for more than ${max} days.`);
    const evidence = apps.map((app) => appEvidence(app, (app.passwordCredentials ?? []).filter(longLived(settings)), `secret longer than ${max} days`));
    return fail(`${plural(apps.length, 'application has', 'applications have')} secrets valid for more than ${max} days.`, { affectedCount: apps.length, evidence: capped(evidence) });
  },
});

export const AP_08 = defineControl({
  id: 'AP-08',
  title: 'No expired application credentials kept',
  description: 'Application registrations carry no expired client secrets or certificates.',
  severity: 'low',
  level: 'L2',
  references: {},
  datasets: [CatalogDatasetPath.Applications],
  permissions: ['Directory.Read.All'],
  licence: 'free',
  keep: { [CatalogDatasetPath.Applications]: (row, settings) => [...((row as unknown as AppRow).passwordCredentials ?? []), ...((row as unknown as AppRow).keyCredentials ?? [])].some(expired(settings)) },
  rationale: 'Expired credentials signal unowned apps and clutter rotation reviews; an app failing on an expired secret invites a rushed long-lived replacement.',
  remediation: [`${APP_PORTAL} → delete the expired secrets and certificates.`, 'Graph: POST /applications/{id}/removePassword { keyId } and PATCH keyCredentials without the expired certificate.'],
  auditActivities: ['Update application – Certificates and secrets management'],
  evaluate: (view, settings) => {
    const apps = view.rows<AppRow>(CatalogDatasetPath.Applications);
    if (apps.length === 0) return pass('No application keeps an expired secret or certificate.');
    const evidence = apps.map((app) => appEvidence(app, [...(app.passwordCredentials ?? []), ...(app.keyCredentials ?? [])].filter(expired(settings)), 'expired credential'));
    return fail(`${plural(apps.length, 'application keeps', 'applications keep')} expired credentials.`, { affectedCount: apps.length, evidence: capped(evidence) });
  },
});
