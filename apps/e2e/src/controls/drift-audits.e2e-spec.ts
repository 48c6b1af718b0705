import { emulator, gql } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, finishedScan, startScan } from '../support/scan-helpers';

jest.setTimeout(180000);

const DRIFT = /* GraphQL */ `
  query ($id: ID!) {
    scan(id: $id) {
      drift {
        previousScanId
        auditsCollected
        controls { controlId previous current changes { auditId activity actor at target modified } }
      }
    }
  }
`;

interface Drift {
  previousScanId: string | null;
  auditsCollected: boolean;
  controls: Array<{ controlId: string; previous: string | null; current: string | null; changes: Array<{ auditId: string; activity: string; actor: string; at: string; target: string; modified: string[] }> }>;
}

describe('drift names who changed what, and when, from the directory audits (e2e, GraphQL only)', () => {
  it('shows the controls whose status changed with the administrator, time and modified property of each change', async () => {
    const tenant = await emulator.createTenant({
      displayName: 'E2E drift',
      licence: 'p2',
      generate: { users: 60, admins: 3, seed: 61 },
      conditionalAccess: [{ kind: 'requireMfaAllUsers' }, { kind: 'blockLegacyAuthentication' }],
    });
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const connected = await connect(tenant.tenantId, app);
    if (!connected.data) throw new Error(`connect failed: ${JSON.stringify(connected.errors)}`);
    const tenantId = connected.data.connectTenant.tenant.id;
    const firstScanId = (await finishedScan(await startScan(tenantId))).id;

    const alice = `alice.admin@${tenant.defaultDomain}`;
    const bob = `bob.admin@${tenant.defaultDomain}`;
    const changedFrom = Date.now();
    const policies = await emulator.call<{ value: Array<{ id: string; displayName: string }> }>('GET', `/_emulator/tenants/${tenant.tenantId}/conditionalAccessPolicies`);
    const legacy = policies.value.find((p) => p.displayName === 'Block legacy authentication');
    if (!legacy) throw new Error(`no legacy-authentication policy in ${JSON.stringify(policies.value)}`);
    await emulator.call('PATCH', `/_emulator/tenants/${tenant.tenantId}`, { settings: { authorizationPolicy: { allowInvitesFrom: 'adminsAndGuestInviters' } }, actor: alice });
    await emulator.call('PATCH', `/_emulator/tenants/${tenant.tenantId}/conditionalAccessPolicies/${legacy.id}`, { state: 'enabledForReportingButNotEnforced', actor: alice });
    await emulator.call('PATCH', `/_emulator/tenants/${tenant.tenantId}`, { settings: { authorizationPolicy: { allowedToCreateApps: false } }, actor: { userPrincipalName: bob } });
    const changedUntil = Date.now();
    const secondScanId = (await finishedScan(await startScan(tenantId))).id;

    const response = await gql<{ scan: { drift: Drift } }>(DRIFT, { id: secondScanId });
    expect(response.errors).toBeUndefined();
    const drift = response.data!.scan.drift;
    expect(drift).toMatchObject({ previousScanId: firstScanId, auditsCollected: true });
    const control = (id: string) => drift.controls.find((c) => c.controlId === id);

    expect(control('GU-02')).toMatchObject({ previous: 'FAIL', current: 'PASS' });
    expect(control('GU-02')?.changes).toEqual([
      { auditId: expect.any(String), activity: 'Update authorization policy', actor: alice, at: expect.any(String), target: 'Authorization Policy', modified: ['allowInvitesFrom: "everyone" → "adminsAndGuestInviters"'] },
    ]);
    const at = Date.parse(control('GU-02')!.changes[0].at);
    expect(at).toBeGreaterThanOrEqual(changedFrom - 1000);
    expect(at).toBeLessThanOrEqual(changedUntil + 1000);

    expect(control('AP-01')).toMatchObject({ previous: 'FAIL', current: 'PASS', changes: [{ actor: bob, modified: ['defaultUserRolePermissions.allowedToCreateApps: true → false'] }] });

    expect(control('CA-01')).toMatchObject({ previous: 'PASS', current: 'WARN' });
    expect(control('CA-01')?.changes).toEqual([
      expect.objectContaining({ activity: 'Update conditional access policy', actor: alice, target: 'Block legacy authentication', modified: ['state: "enabled" → "enabledForReportingButNotEnforced"'] }),
    ]);
    expect(drift.controls.filter((c) => c.controlId.startsWith('GU-') || c.controlId === 'AP-01').flatMap((c) => c.changes).map((c) => c.activity)).not.toContain('Update conditional access policy');
  });
});
