import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { EmulatorControlClient, EmulatorTenant } from '@trueconfig/launcher';

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

/** A few hundred users, some without MFA; one app with all six permissions, one without Reports.Read.All. */
export async function createDemoTenant(control: EmulatorControlClient): Promise<DemoTenant> {
  const tenant = await control.createTenant({
    displayName: 'Contoso (demo)',
    licence: 'p2',
    generate: { users: 340, guestRatio: 0.08, disabledRatio: 0.05, mfaRegisteredRatio: 0.82, seed: 2026 },
  });
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
