import { defineControl } from '../../model/define-control';
import { fail, pass, plural } from '../../model/outcome';
import { AMP, AMP_AUDIT, AMP_PERMISSIONS, AMP_PORTAL, authMethodsPolicy, methodConfiguration, methodEvidence } from './auth-methods-policy';

/** A "weak methods disabled" control over the authentication methods policy. */
export function weakMethodsControl(spec: { id: string; title: string; methods: string[]; references: { cis?: string[]; scuba?: string[] }; level: 'L1' | 'L2' }) {
  const names = spec.methods.join(', ');
  return defineControl({
    id: spec.id,
    title: spec.title,
    description: `The authentication methods policy has ${names} disabled for every user.`,
    severity: 'medium',
    level: spec.level,
    references: spec.references,
    datasets: [AMP],
    permissions: AMP_PERMISSIONS,
    licence: 'free',
    rationale: 'SMS, voice and email one-time codes can be intercepted (SIM swap, mailbox takeover) and phished in real time.',
    remediation: [
      `${AMP_PORTAL} → ${names} → Enable: off → Save (move users to Microsoft Authenticator or passkeys first).`,
      `Graph: PATCH /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/{${spec.methods.join('|')}} { "state": "disabled" }.`,
    ],
    auditActivities: AMP_AUDIT,
    evaluate: (view) => {
      const policy = authMethodsPolicy(view);
      const enabled = spec.methods.map((m) => methodConfiguration(policy, m)).filter((c) => c?.state === 'enabled');
      if (enabled.length === 0) return pass(`${names}: all disabled.`);
      return fail(`${plural(enabled.length, 'weak method is', 'weak methods are')} enabled: ${enabled.map((c) => c?.id).join(', ')}.`, {
        affectedCount: enabled.length,
        evidence: enabled.map((c) => methodEvidence(c ?? {}, 'state is enabled; expected disabled')),
      });
    },
  });
}

export const AM_01 = weakMethodsControl({
  id: 'AM-01',
  title: 'SMS and voice call methods disabled',
  methods: ['Sms', 'Voice'],
  references: { cis: ['5.2.3.5'], scuba: ['MS.AAD.3.5v1'] },
  level: 'L1',
});

export const AM_06 = weakMethodsControl({
  id: 'AM-06',
  title: 'Email one-time passcode method disabled',
  methods: ['Email'],
  references: { cis: ['5.2.3.7'], scuba: ['MS.AAD.3.5v1'] },
  level: 'L2',
});
