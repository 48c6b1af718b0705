import { emulator, errorCodeOf, gql } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, emulatorTenant, finishedScan, startScan } from '../support/scan-helpers';

const SET_SYNC_SCHEDULE = /* GraphQL */ `
  mutation SetSyncSchedule($tenantId: ID!, $input: SyncScheduleInput!) {
    setSyncSchedule(tenantId: $tenantId, input: $input) { enabled intervalSeconds offsetSeconds windowStart windowEnd nextRunAt }
  }
`;
const TENANT_SCHEDULE = /* GraphQL */ `
  query TenantSchedule($id: ID!) { tenant(id: $id) { id syncSchedule { enabled intervalSeconds offsetSeconds windowStart windowEnd nextRunAt } } }
`;
const CANCEL_SCAN = /* GraphQL */ `
  mutation CancelScan($scanId: ID!) { cancelScan(scanId: $scanId) { id status phase } }
`;
const SCAN_COUNTS = /* GraphQL */ `
  query ScanCounts($id: ID!) { scan(id: $id) { id status requests throttled retries giveUps } }
`;

interface Schedule {
  enabled: boolean;
  intervalSeconds: number;
  offsetSeconds: number;
  windowStart: string | null;
  windowEnd: string | null;
  nextRunAt: string | null;
}

async function connectedTenant(users = 60): Promise<string> {
  const tenant = await emulatorTenant(users);
  const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
  return (await connect(tenant.tenantId, app)).data!.connectTenant.tenant.id;
}

describe('sync schedules, cancellation and Graph request counts over GraphQL', () => {
  it('sets a schedule with an automatic offset, shows it on the tenant, and refuses an interval under an hour', async () => {
    const [first, second] = [await connectedTenant(), await connectedTenant()];
    const a = await gql<{ setSyncSchedule: Schedule }>(SET_SYNC_SCHEDULE, { tenantId: first, input: { enabled: true, intervalSeconds: 7200, windowStart: '01:00', windowEnd: '05:00' } });
    expect(a.errors).toBeUndefined();
    expect(a.data!.setSyncSchedule).toMatchObject({ enabled: true, intervalSeconds: 7200, windowStart: '01:00', windowEnd: '05:00' });
    const next = new Date(a.data!.setSyncSchedule.nextRunAt!);
    expect(next.getUTCHours()).toBeGreaterThanOrEqual(1);
    expect(next.getUTCHours()).toBeLessThan(5);
    const b = await gql<{ setSyncSchedule: Schedule }>(SET_SYNC_SCHEDULE, { tenantId: second, input: { enabled: false, intervalSeconds: 7200 } });
    expect(b.data!.setSyncSchedule.offsetSeconds).not.toBe(a.data!.setSyncSchedule.offsetSeconds);

    const shown = await gql<{ tenant: { syncSchedule: Schedule | null } }>(TENANT_SCHEDULE, { id: first });
    expect(shown.data!.tenant.syncSchedule).toEqual(a.data!.setSyncSchedule);

    const tooOften = await gql(SET_SYNC_SCHEDULE, { tenantId: first, input: { enabled: true, intervalSeconds: 600 } });
    expect(errorCodeOf(tooOften)).toBe('BAD_USER_INPUT');
    await gql(SET_SYNC_SCHEDULE, { tenantId: first, input: { enabled: false } });
  });

  it('cancels a running scan and reports Graph requests on a finished one', async () => {
    const tenant = await emulatorTenant(2500);
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const tenantId = (await connect(tenant.tenantId, app)).data!.connectTenant.tenant.id;
    const fault = await emulator.addFault({ tenantId: tenant.tenantId, pathPattern: '/v1.0/users*', latencyMs: 1500 });
    try {
      const scanId = await startScan(tenantId);
      const cancelled = await gql<{ cancelScan: { id: string; status: string } }>(CANCEL_SCAN, { scanId });
      expect(cancelled.errors).toBeUndefined();
      expect(['QUEUED', 'RUNNING', 'CANCELLED']).toContain(cancelled.data!.cancelScan.status);
      expect((await finishedScan(scanId)).status).toBe('CANCELLED');
    } finally {
      await emulator.removeFault(fault.faultId);
    }
    const done = await finishedScan(await startScan(tenantId));
    const counts = await gql<{ scan: { requests: number; throttled: number; retries: number; giveUps: number } }>(SCAN_COUNTS, { id: done.id });
    expect(counts.data!.scan.requests).toBeGreaterThanOrEqual(3);
    expect(counts.data!.scan.giveUps).toBe(0);
  });
});
