import { defineControl } from '../../model/define-control';
import { fail, notApplicable, pass } from '../../model/outcome';
import { AMP, AMP_AUDIT, AMP_PERMISSIONS, AMP_PORTAL, authMethodsPolicy, FeatureSetting, methodConfiguration, methodEvidence } from './auth-methods-policy';

const CONTEXT_FEATURES = ['displayAppInformationRequiredState', 'displayLocationInformationRequiredState'];

/** Graph's "nobody excluded" placeholder target. */
const NO_GROUP = '00000000-0000-0000-0000-000000000000';

function enabledForAll(setting: FeatureSetting | undefined): boolean {
  const excluded = setting?.excludeTarget?.id;
  return setting?.state === 'enabled' && (setting.includeTarget?.id ?? 'all_users') === 'all_users' && (!excluded || excluded === NO_GROUP);
}

export const AM_02 = defineControl({
  id: 'AM-02',
  title: 'Authenticator shows application and location context',
  description: 'Microsoft Authenticator push notifications show the requesting application and the sign-in location to all users.',
  severity: 'medium',
  level: 'L1',
  references: { cis: ['5.2.3.1'], scuba: ['MS.AAD.3.3v1'] },
  datasets: [AMP],
  permissions: AMP_PERMISSIONS,
  licence: 'free',
  rationale: 'Context lets a user recognise a push they did not start (MFA fatigue attacks).',
  remediation: [
    `${AMP_PORTAL} → Microsoft Authenticator → Configure → Show application name and Show geographic location: Enabled, target All users → Save.`,
    'Graph: PATCH …/authenticationMethodConfigurations/MicrosoftAuthenticator with featureSettings.displayAppInformationRequiredState and displayLocationInformationRequiredState { state: "enabled", includeTarget: { id: "all_users" } }.',
  ],
  auditActivities: AMP_AUDIT,
  evaluate: (view) => {
    const authenticator = methodConfiguration(authMethodsPolicy(view), 'MicrosoftAuthenticator');
    if (!authenticator || authenticator.state !== 'enabled') return notApplicable('Microsoft Authenticator is disabled: there are no push notifications to add context to.');
    const missing = CONTEXT_FEATURES.filter((f) => !enabledForAll(authenticator.featureSettings?.[f]));
    if (missing.length === 0) return pass('Authenticator shows the application name and location to all users.');
    return fail(`Authenticator context is not enabled for all users: ${missing.join(', ')}.`, {
      affectedCount: missing.length,
      evidence: missing.map((f) => methodEvidence(authenticator, `${f} is ${authenticator.featureSettings?.[f]?.state ?? 'unset'}; expected enabled for all users`)),
    });
  },
});

export const AM_07 = defineControl({
  id: 'AM-07',
  title: 'Authenticator number matching not disabled',
  description: 'Microsoft Authenticator number matching is on (the default since Microsoft enforced it); no legacy setting turns it off for anyone.',
  severity: 'medium',
  level: 'L1',
  references: {},
  datasets: [AMP],
  permissions: AMP_PERMISSIONS,
  licence: 'free',
  rationale: 'Number matching makes the user type the number shown on the sign-in screen, defeating blind push approval.',
  remediation: [
    `${AMP_PORTAL} → Microsoft Authenticator → Configure → Require number matching: Enabled for All users.`,
    'Graph: PATCH …/authenticationMethodConfigurations/MicrosoftAuthenticator with featureSettings.numberMatchingRequiredState { state: "enabled", includeTarget: { id: "all_users" } }.',
  ],
  auditActivities: AMP_AUDIT,
  evaluate: (view) => {
    const authenticator = methodConfiguration(authMethodsPolicy(view), 'MicrosoftAuthenticator');
    if (!authenticator || authenticator.state !== 'enabled') return notApplicable('Microsoft Authenticator is disabled: number matching does not apply.');
    const setting = authenticator.featureSettings?.numberMatchingRequiredState;
    if (!setting || setting.state !== 'disabled') return pass(`Number matching is ${setting?.state ?? 'enforced by Microsoft (no override)'}.`);
    return fail('Number matching is explicitly disabled in the Authenticator settings.', { affectedCount: 1, evidence: [methodEvidence(authenticator, 'numberMatchingRequiredState is disabled')] });
  },
});
