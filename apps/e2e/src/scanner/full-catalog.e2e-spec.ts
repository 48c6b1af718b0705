import { ENTRA_CATALOG } from '@trueconfig/controls';
import { emulator, gql } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, finishedScan, startScan } from '../support/scan-helpers';

const CONTROLS = /* GraphQL */ `
  query Controls { controls { id title } }
`;

describe('a scan through GraphQL evaluates every control of the catalog', () => {
  it('returns one result per control listed by Query.controls (the whole of libs/controls), none ERROR', async () => {
    const listed = await gql<{ controls: Array<{ id: string; title: string }> }>(CONTROLS, {});
    expect(listed.errors).toBeUndefined();
    const ids = listed.data!.controls.map((c) => c.id);
    expect(ids).toEqual(ENTRA_CATALOG.map((c) => c.id));

    const tenant = await emulator.createTenant({
      displayName: 'E2E full catalog',
      licence: 'p2',
      generate: { users: 150, admins: 3, seed: 53 },
      roles: { 'Global Administrator': { assigned: 2, eligible: 1 } },
      conditionalAccess: [{ kind: 'requireMfaAllUsers' }, { kind: 'blockLegacyAuthentication' }, { kind: 'blockDeviceCodeFlow', state: 'enabledForReportingButNotEnforced' }],
      appRegistrations: { count: 3, expiredSecrets: 1 },
    });
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const tenantId = (await connect(tenant.tenantId, app)).data!.connectTenant.tenant.id;
    const scan = await finishedScan(await startScan(tenantId));

    expect(scan).toMatchObject({ status: 'SUCCEEDED', warnings: [] });
    expect(scan.results.map((r) => r.controlId)).toEqual(ids);
    expect(scan.results.filter((r) => r.status === 'ERROR')).toEqual([]);
    const statusOf = (id: string) => scan.results.find((r) => r.controlId === id)?.status;
    expect([statusOf('CA-01'), statusOf('CA-08'), statusOf('AP-08')]).toEqual(['PASS', 'WARN', 'FAIL']);
  });
});
