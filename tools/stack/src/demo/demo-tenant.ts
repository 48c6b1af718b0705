import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { EmulatorControlClient, EmulatorTenant, EmulatorTenantInput } from '@trueconfig/launcher';

export interface DemoApp {
  label: string;
  clientId: string;
  clientSecret: string;
}

export interface DemoTenant {
  tenant: EmulatorTenant;
  apps: DemoApp[];
  /** The true share of enabled members with MFA registered, from the emulator's own counts. */
  trueMfaPercent: number;
}

const ALL = REQUIRED_PERMISSIONS.map((p) => p.name);

const DEMO_TENANT: EmulatorTenantInput = {
  displayName: 'Contoso (demo)',
  licence: 'p2',
  generate: { users: 340, guestRatio: 0.08, disabledRatio: 0.05, mfaRegisteredRatio: 0.82, admins: 5, seed: 2026 },
  roles: {
    'Global Administrator': { assigned: 2, eligible: 1 },
    'Security Administrator': { eligible: 1, activated: 1 },
    'Privileged Role Administrator': { assigned: 1 },
  },
  conditionalAccess: [
    { kind: 'requireMfaAllUsers' },
    { kind: 'blockLegacyAuthentication' },
    { kind: 'requirePhishingResistantMfaAdmins', state: 'enabledForReportingButNotEnforced' },
    { kind: 'blockHighUserRisk' },
    { kind: 'blockHighSignInRisk' },
    { kind: 'blockDeviceCodeFlow', state: 'disabled' },
  ],
  appRegistrations: { count: 6, expiredSecrets: 1, expiringSoon: 2, longLivedSecrets: 1, withRiskyPermissions: 1 },
  settings: {
    authorizationPolicy: { allowInvitesFrom: 'adminsAndGuestInviters', guestUserRole: 'restricted', allowedToCreateApps: false, blockMsolPowerShell: true },
    authenticationMethods: { sms: 'disabled', voice: 'disabled', fido2: 'enabled', authenticatorAppContext: 'enabled', authenticatorLocationContext: 'enabled' },
    adminConsentRequests: { isEnabled: true, reviewers: 2 },
    pim: { approvalRequiredForGlobalAdmin: true },
  },
};

/**
 * A few hundred users, some without MFA, with something to find in every control family: roles held
 * permanently and through PIM, Conditional Access policies of several kinds (one report-only, one
 * disabled), apps with expired, expiring and long-lived secrets, and a mix of secure and default
 * settings. One app with all six permissions, one without Reports.Read.All.
 */
export async function createDemoTenant(control: EmulatorControlClient): Promise<DemoTenant> {
  const tenant = await control.createTenant(DEMO_TENANT);
  const full = await control.createApp(tenant.tenantId, { displayName: 'TrueConfig', permissions: ALL });
  const partial = await control.createApp(tenant.tenantId, {
    displayName: 'TrueConfig (no reports)',
    permissions: ALL.filter((p) => p !== 'Reports.Read.All'),
  });
  const { enabledMembers, enabledMembersMfaRegistered } = tenant.stats;
  return {
    tenant,
    apps: [
      { label: 'all six permissions', ...full },
      { label: 'without Reports.Read.All', ...partial },
    ],
    trueMfaPercent: enabledMembers ? (100 * enabledMembersMfaRegistered) / enabledMembers : 0,
  };
}
