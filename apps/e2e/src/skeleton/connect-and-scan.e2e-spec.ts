import { collectSubscription, graphqlWsClient } from '@trueconfig/launcher';
import { auditLogsWhen } from '../support/audit-helpers';
import { SCAN_PROGRESS, TENANTS } from '../support/documents';
import { emulator, env, gql } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, emulatorTenant, finishedScan, startScan } from '../support/scan-helpers';

const MFA_WARNING = 'MFA registration fetch failed (requires Reports.Read.All)';

describe('connect a tenant and get ID-01 back, end to end', () => {
  it('passes the connection test and reports the true share of members with MFA registered', async () => {
    const tenant = await emulatorTenant(150, 0.7);
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const connected = await connect(tenant.tenantId, app);
    expect(connected.errors).toBeUndefined();
    const { tenant: saved, connectionTest } = connected.data!.connectTenant;
    expect(connectionTest.ok).toBe(true);
    expect(connectionTest.permissions.every((p) => p.granted)).toBe(true);
    expect(saved.status).toBe('CONNECTED');

    const scan = await finishedScan(await startScan(saved.id));
    expect(scan.status).toBe('SUCCEEDED');
    const id01 = scan.results.find((r) => r.controlId === 'ID-01');
    const truth = (100 * tenant.stats.enabledMembersMfaRegistered) / tenant.stats.enabledMembers;
    expect(id01?.metric).toBeCloseTo(truth, 1);
    expect(id01?.affectedCount).toBe(tenant.stats.enabledMembers - tenant.stats.enabledMembersMfaRegistered);
    expect(['PASS', 'FAIL']).toContain(id01?.status);

    const listed = await gql<{ tenants: { edges: Array<{ node: { id: string; latestScan: { id: string } | null } }> } }>(TENANTS);
    expect(listed.data?.tenants.edges.find((e) => e.node.id === saved.id)?.node.latestScan?.id).toBe(scan.id);
  });

  it('degrades ID-01 without Reports.Read.All and logs the warning in the sync log', async () => {
    const tenant = await emulatorTenant(80, 0.5);
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS.filter((p) => p !== 'Reports.Read.All') });
    const connected = await connect(tenant.tenantId, app);
    const { tenant: saved, connectionTest } = connected.data!.connectTenant;
    expect(connectionTest.ok).toBe(false);
    expect(connectionTest.errorCode).toBe('INSUFFICIENT_PERMISSIONS');
    expect(connectionTest.permissions.filter((p) => !p.granted).map((p) => p.name)).toEqual(['Reports.Read.All']);
    expect(saved.status).toBe('DEGRADED');

    const scan = await finishedScan(await startScan(saved.id));
    expect(scan.status).toBe('PARTIAL');
    expect(scan.warnings).toContain(MFA_WARNING);
    expect(scan.results.find((r) => r.controlId === 'ID-01')?.status).toBe('DEGRADED');

    const logs = await auditLogsWhen({ scanId: scan.id }, (nodes) => nodes.some((n) => n.message === MFA_WARNING));
    const warning = logs.find((n) => n.message === MFA_WARNING);
    expect(warning).toMatchObject({ level: 'WARN', scanId: scan.id });
  });

  it('streams scan progress over graphql-ws until the scan reaches 100%', async () => {
    const tenant = await emulatorTenant(60);
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const tenantId = (await connect(tenant.tenantId, app)).data!.connectTenant.tenant.id;
    const client = graphqlWsClient(env.gatewayUrl, env.adminKey);
    try {
      const scanId = await startScan(tenantId);
      const { done } = collectSubscription<{ scanProgress: { scanId: string; percent: number; status: string } }>(client, SCAN_PROGRESS, { scanId });
      const events = (await done).map((e) => e.data!.scanProgress);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.scanId === scanId)).toBe(true);
      expect(events[events.length - 1]).toMatchObject({ percent: 100, status: 'SUCCEEDED' });
    } finally {
      await client.dispose();
    }
  });
});
