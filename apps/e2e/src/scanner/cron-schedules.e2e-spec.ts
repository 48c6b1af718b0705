import { SyncScheduleDto } from '@trueconfig/common';
import { emulator, errorCodeOf, gql } from '../support/e2e-client';
import { ALL_PERMISSIONS, connect, emulatorTenant } from '../support/scan-helpers';

const SCHEDULE_FIELDS = 'kind enabled intervalSeconds offsetSeconds cron timezone windowStart windowEnd nextRunAt';
const SET_SYNC_SCHEDULE = /* GraphQL */ `
  mutation SetSyncSchedule($tenantId: ID!, $input: SyncScheduleInput!) { setSyncSchedule(tenantId: $tenantId, input: $input) { ${SCHEDULE_FIELDS} } }
`;
const TENANT_SCHEDULE = /* GraphQL */ `
  query TenantSchedule($id: ID!) { tenant(id: $id) { id syncSchedule { ${SCHEDULE_FIELDS} } } }
`;

/** What SCHEDULE_FIELDS asks for: the scanner's schedule as GraphQL shows it. */
type Schedule = Omit<SyncScheduleDto, 'tenantId' | 'lastRunAt' | 'lastScanId'>;

async function connectedTenant(): Promise<string> {
  const tenant = await emulatorTenant(30);
  const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
  return (await connect(tenant.tenantId, app)).data!.connectTenant.tenant.id;
}

describe('cron sync schedules over GraphQL', () => {
  let tenantId: string;
  const setSchedule = (input: Record<string, unknown>) => gql<{ setSyncSchedule: Schedule }>(SET_SYNC_SCHEDULE, { tenantId, input });

  beforeAll(async () => {
    tenantId = await connectedTenant();
  });

  afterAll(async () => {
    await setSchedule({ enabled: false });
  });

  it('sets a cron schedule in a time zone, inside a UTC window, and shows it on the tenant', async () => {
    // 08:30 in Kolkata (UTC+05:30, no DST) is 03:00 UTC, inside 02:00–04:00 UTC.
    const set = await setSchedule({ enabled: true, cron: '30 8 * * 1-5', timezone: 'Asia/Kolkata', windowStart: '02:00', windowEnd: '04:00' });
    expect(set.errors).toBeUndefined();
    const schedule = set.data!.setSyncSchedule;
    expect(schedule).toMatchObject({ kind: 'CRON', enabled: true, intervalSeconds: null, offsetSeconds: 0, cron: '30 8 * * 1-5', timezone: 'Asia/Kolkata' });
    const next = new Date(schedule.nextRunAt!);
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([3, 0]);
    expect([1, 2, 3, 4, 5]).toContain(new Date(next.getTime() + 5.5 * 3600_000).getUTCDay());

    const shown = await gql<{ tenant: { syncSchedule: Schedule } }>(TENANT_SCHEDULE, { id: tenantId });
    expect(shown.data!.tenant.syncSchedule).toEqual(schedule);
  });

  it.each([
    ['a field out of range', { cron: '0 3 * * 8' }, 'cron day-of-week field (field 5 of 5) "8" is invalid: 8 is out of range; use 0-7'],
    ['six fields', { cron: '0 0 3 * * *' }, 'cron must have 5 fields'],
    ['more than once an hour', { cron: '*/30 * * * *' }, 'can fire 30 minutes after its previous run; schedules run at most once an hour'],
    ['an unknown zone', { cron: '0 3 * * *', timezone: 'Europe/Atlantis' }, 'timezone must be an IANA time zone name'],
    ['cron and interval together', { cron: '0 3 * * *', intervalSeconds: 7200 }, 'send intervalSeconds or cron, not both'],
    ['a cron never inside the window', { cron: '0 12 * * *', windowStart: '01:00', windowEnd: '05:00' }, 'never fires inside the window 01:00–05:00 UTC'],
  ])('answers BAD_USER_INPUT for %s, saying what is wrong, and keeps the schedule', async (_case, input, message) => {
    const refused = await setSchedule({ enabled: true, ...input });
    expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toContain(message);
    const shown = await gql<{ tenant: { syncSchedule: Schedule } }>(TENANT_SCHEDULE, { id: tenantId });
    expect(shown.data!.tenant.syncSchedule).toMatchObject({ kind: 'CRON', cron: '30 8 * * 1-5' });
  });

  it('answers hostile cron and zone values with BAD_USER_INPUT, never an internal error', async () => {
    for (const input of [{ cron: 'nul\u0000byte * * * *' }, { cron: 'A'.repeat(500) }, { cron: "0 3 * * *'; DROP TABLE scanner.scans; --" }, { cron: '0 3 * * *', timezone: '../../../../etc/passwd' }, { cron: '😀 3 * * *' }]) {
      const refused = await setSchedule({ enabled: true, ...input });
      expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
    }
  });

  it('switches back to a staggered interval schedule', async () => {
    const set = await setSchedule({ enabled: true, intervalSeconds: 7200 });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setSyncSchedule).toMatchObject({ kind: 'INTERVAL', intervalSeconds: 7200, cron: null, timezone: null });
  });
});
