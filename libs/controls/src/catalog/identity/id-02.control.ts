import { defineControl } from '../../model/define-control';
import { ADMINS_ONLY, adminOutcome, AdminRegistration, URD } from './admin-registrations';

const PHISHING_RESISTANT = ['fido2', 'windowsHelloForBusiness'];

export function hasPhishingResistantMethod(row: AdminRegistration): boolean {
  return (row.methodsRegistered ?? []).some((m) => PHISHING_RESISTANT.includes(m) || m.toLowerCase().startsWith('passkey'));
}

export const ID_02 = defineControl({
  id: 'ID-02',
  title: 'Administrators have a phishing-resistant method',
  description: 'Every administrator (isAdmin in the registration report) has registered FIDO2, Windows Hello for Business or a passkey.',
  severity: 'high',
  level: 'L2',
  references: { cis: ['5.2.2.5'] },
  datasets: [URD],
  permissions: ['Reports.Read.All'],
  licence: 'p1',
  keep: ADMINS_ONLY,
  rationale: 'Phishing-resistant MFA for admins (CA-04) can only be enforced once they have registered such a method.',
  remediation: [
    'Each listed administrator: My Security Info (https://mysignins.microsoft.com/security-info) → Add sign-in method → Passkey / Security key, or set up Windows Hello for Business.',
    'Issue Temporary Access Passes for bootstrap: Entra admin center → Users → the user → Authentication methods → Add authentication method → Temporary Access Pass.',
  ],
  evaluate: (view, settings) =>
    adminOutcome(view, settings, hasPhishingResistantMethod, { has: 'have a phishing-resistant method', lacks: 'have no phishing-resistant method' }),
});

export const ID_03 = defineControl({
  id: 'ID-03',
  title: 'Administrators have MFA registered',
  description: 'Every administrator (isAdmin in the registration report) has registered an MFA method: the stricter, no-target version of ID-01.',
  severity: 'critical',
  level: 'L1',
  references: {},
  datasets: [URD],
  permissions: ['Reports.Read.All'],
  licence: 'p1',
  keep: ADMINS_ONLY,
  rationale: 'An administrator without MFA registered can be taken over with a password alone, and the attacker registers the method.',
  remediation: [
    'Entra admin center → Users → each listed administrator → Authentication methods → Require re-register MFA, or issue a Temporary Access Pass and have them register.',
    'Require MFA for administrators (CA-03) so sign-in forces registration.',
  ],
  evaluate: (view, settings) => adminOutcome(view, settings, (row) => row.isMfaRegistered === true, { has: 'have MFA registered', lacks: 'have no MFA method registered' }),
});
