import { CatalogDatasetPath } from '../../datasets/dataset-path';
import { capped } from '../../evidence/evidence-items';
import { defineControl } from '../../model/define-control';
import { degraded, fail, notApplicable, pass, plural, warn } from '../../model/outcome';
import { AMP, AMP_AUDIT, AMP_PERMISSIONS, AMP_PORTAL, authMethodsPolicy, methodConfiguration, targetsAllUsers } from './auth-methods-policy';

export const AM_03 = defineControl({
  id: 'AM-03',
  title: 'Authentication methods migration complete',
  description: 'The tenant manages MFA and SSPR methods only in the authentication methods policy (policyMigrationState migrationComplete).',
  severity: 'low',
  level: 'L1',
  references: { scuba: ['MS.AAD.3.4v1'] },
  datasets: [AMP],
  permissions: AMP_PERMISSIONS,
  licence: 'free',
  rationale: 'Until migration completes, legacy MFA and SSPR settings can re-enable methods the policy disables.',
  remediation: [`${AMP_PORTAL} → Manage migration → Migration complete → Save.`, 'Graph: PATCH /policies/authenticationMethodsPolicy { "policyMigrationState": "migrationComplete" }.'],
  auditActivities: AMP_AUDIT,
  evaluate: (view) => {
    const state = authMethodsPolicy(view).policyMigrationState;
    if (state === 'migrationComplete') return pass('Authentication methods migration is complete.');
    return fail(`Authentication methods migration state is ${state ?? 'unknown'}; expected migrationComplete.`, { affectedCount: 1 });
  },
});

export const AM_04 = defineControl({
  id: 'AM-04',
  title: 'System-preferred MFA enabled',
  description: 'System-preferred multifactor authentication is enabled for all users, so the strongest registered method is asked for.',
  severity: 'low',
  level: 'L1',
  references: { cis: ['5.2.3.6'] },
  datasets: [AMP],
  permissions: AMP_PERMISSIONS,
  licence: 'free',
  rationale: 'Users with both SMS and a stronger method are otherwise prompted for the weaker default.',
  remediation: [`${AMP_PORTAL} → Settings → System-preferred multifactor authentication: Enabled, include All users → Save.`, 'Graph (beta): PATCH /policies/authenticationMethodsPolicy { "systemCredentialPreferences": { "state": "enabled" } }.'],
  auditActivities: AMP_AUDIT,
  evaluate: (view) => {
    const preferences = authMethodsPolicy(view).systemCredentialPreferences;
    if (!preferences) return degraded('systemCredentialPreferences is absent: the policy was read from v1.0; read beta/policies/authenticationMethodsPolicy to evaluate AM-04.');
    if (preferences.state === 'enabled' && targetsAllUsers(preferences.includeTargets)) return pass('System-preferred MFA is enabled for all users.');
    if (preferences.state === 'default') return warn('System-preferred MFA is Microsoft-managed (default), not explicitly enabled.');
    return fail(`System-preferred MFA is ${preferences.state ?? 'unset'}${preferences.state === 'enabled' ? ' but not for all users' : ''}.`, { affectedCount: 1 });
  },
});

export const AM_08 = defineControl({
  id: 'AM-08',
  title: 'Passkeys (FIDO2) available to all users',
  description: 'The passkey (FIDO2) method is enabled for all users, so phishing-resistant MFA can be registered.',
  severity: 'medium',
  level: 'L2',
  references: {},
  datasets: [AMP],
  permissions: AMP_PERMISSIONS,
  licence: 'free',
  rationale: 'Phishing-resistant MFA (CA-04, CA-05) can only be required once users can register a phishing-resistant method.',
  remediation: [`${AMP_PORTAL} → Passkey (FIDO2) → Enable, target All users → Save.`, 'Graph: PATCH …/authenticationMethodConfigurations/Fido2 { "state": "enabled", "includeTargets": [{ "targetType": "group", "id": "all_users" }] }.'],
  auditActivities: AMP_AUDIT,
  evaluate: (view) => {
    const fido2 = methodConfiguration(authMethodsPolicy(view), 'Fido2');
    if (!fido2 || fido2.state !== 'enabled') return fail('The passkey (FIDO2) method is disabled.', { affectedCount: 1 });
    if (!targetsAllUsers(fido2.includeTargets)) return warn('The passkey (FIDO2) method is enabled for some groups only.', { affectedCount: 1 });
    return pass('The passkey (FIDO2) method is enabled for all users.');
  },
});

interface DomainRow {
  id: string;
  authenticationType?: string;
  isVerified?: boolean;
  passwordValidityPeriodInDays?: number | null;
}

const NEVER = 2147483647;

export const AM_05 = defineControl({
  id: 'AM-05',
  title: 'Passwords never expire',
  description: 'Every verified managed domain has its password expiry set to never (2147483647 days), as NIST and CISA recommend with MFA in place.',
  severity: 'low',
  level: 'L1',
  references: { cis: ['1.3.1'], scuba: ['MS.AAD.6.1v1'] },
  datasets: [CatalogDatasetPath.Domains],
  permissions: ['Directory.Read.All'],
  licence: 'free',
  rationale: 'Forced periodic changes push users to predictable passwords without stopping compromise.',
  remediation: [
    'Microsoft 365 admin center → Settings → Org settings → Security & privacy → Password expiration policy → Set passwords to never expire.',
    'Graph: PATCH /domains/{id} { "passwordValidityPeriodInDays": 2147483647 }.',
  ],
  auditActivities: ['Set domain authentication', 'Update domain'],
  evaluate: (view) => {
    const managed = view.rows<DomainRow>(CatalogDatasetPath.Domains).filter((d) => d.isVerified !== false && (d.authenticationType ?? 'Managed') === 'Managed');
    if (managed.length === 0) return notApplicable('No verified managed domain: password expiry is set by the federation provider.');
    const expiring = managed.filter((d) => d.passwordValidityPeriodInDays != null && d.passwordValidityPeriodInDays !== NEVER);
    if (expiring.length === 0) return pass(`Passwords never expire on all ${plural(managed.length, 'managed domain')}.`);
    return fail(`${plural(expiring.length, 'managed domain')} of ${managed.length} expire passwords.`, {
      affectedCount: expiring.length,
      evidence: capped(expiring.map((d) => ({ kind: 'domain', id: d.id, displayName: d.id, detail: `passwords expire after ${d.passwordValidityPeriodInDays} days` }))),
    });
  },
});
