import { ErrorCode, REQUIRED_PERMISSIONS, ScanStatus, Subject, SyncScheduleDto, SyncScheduleInputDto, SyncScheduleKind } from '@trueconfig/common';
import { waitFor } from '@trueconfig/launcher';
import { ReplicaContext } from '../support/replica-context';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const DAY_MS = 86_400_000;

/** The first 03:00 UTC strictly after `after`. */
function next0300Utc(after: Date): Date {
  const today = Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), 3);
  return new Date(today > after.getTime() ? today : today + DAY_MS);
}

/** Cron schedules on two replicas: saved and shown as CRON, refused field by field, and a due one run exactly once. */
export function cronScheduleCases(ctx: ReplicaContext): void {
  describe('cron sync schedules', () => {
    const setSchedule = (tenantId: string, schedule: SyncScheduleInputDto): Promise<SyncScheduleDto> =>
      ctx.h.requester.request(Subject.SetSyncSchedule, { orgId: ctx.steps.orgId, actor: 'api-key-1', tenantId, schedule });

    it('saves a cron in its zone without a stagger offset, refuses a bad field, and switches back to a staggered interval', async () => {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 20 });
      const interval = await setSchedule(tenant.id, { enabled: true, intervalSeconds: 7200 });
      expect(interval).toMatchObject({ kind: SyncScheduleKind.INTERVAL, cron: null, timezone: null });

      const before = Date.now();
      const cron = await setSchedule(tenant.id, { enabled: true, cron: '0  3 * * *', timezone: 'Asia/Kolkata' });
      expect(cron).toMatchObject({ kind: SyncScheduleKind.CRON, cron: '0 3 * * *', timezone: 'Asia/Kolkata', intervalSeconds: null, offsetSeconds: 0 });
      // 03:00 in Kolkata (UTC+05:30) is 21:30 UTC, within the next day.
      const next = new Date(cron.nextRunAt!);
      expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([21, 30]);
      expect(next.getTime() - before).toBeLessThanOrEqual(DAY_MS);
      const [shown] = await ctx.h.requester.request(Subject.GetSyncSchedules, { orgId: ctx.steps.orgId, tenantIds: [tenant.id] });
      expect(shown).toEqual(cron);

      await expect(setSchedule(tenant.id, { enabled: true, cron: '0 3 * 13 *' })).rejects.toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        message: expect.stringContaining('cron month field (field 4 of 5) "13" is invalid: 13 is out of range; use 1-12'),
        details: { field: 'cron', cronField: 'month' },
      });
      await expect(setSchedule(tenant.id, { enabled: true, cron: '0 3 * * *', intervalSeconds: 7200 })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'cron' } });
      await expect(setSchedule(tenant.id, { enabled: true, cron: '0 3 * * *', timezone: 'Nowhere/Town' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'timezone' } });
      const [unchanged] = await ctx.h.requester.request(Subject.GetSyncSchedules, { orgId: ctx.steps.orgId, tenantIds: [tenant.id] });
      expect(unchanged).toEqual(cron);

      const back = await setSchedule(tenant.id, { enabled: false, intervalSeconds: 7200 });
      expect(back).toMatchObject({ kind: SyncScheduleKind.INTERVAL, intervalSeconds: 7200, cron: null, timezone: null, nextRunAt: null });
    });

    it('runs a cron schedule that is due exactly once across both replicas, then plans its next cron time', async () => {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 20 });
      await setSchedule(tenant.id, { enabled: true, cron: '0 3 * * *' });
      // The clock reaching the cron time, without waiting for it: both replicas' schedulers see it due.
      await ctx.db.query(`UPDATE scanner.sync_schedules SET next_run_at = now() - interval '1 second' WHERE tenant_id = $1`, [tenant.id]);

      const scheduledRuns = (): Promise<Array<{ id: string }>> =>
        ctx.db.query(`SELECT id FROM scanner.scans WHERE trigger = 'SCHEDULED' AND tenant_id = $1`, [tenant.id]);
      await waitFor('the due cron schedule to be run', async () => (await scheduledRuns()).length > 0, 15000);
      const [row] = await ctx.db.query('SELECT next_run_at, last_run_at, last_scan_id FROM scanner.sync_schedules WHERE tenant_id = $1', [tenant.id]);
      const runs = await scheduledRuns();
      expect(runs).toHaveLength(1);
      expect(row.last_scan_id).toBe(runs[0].id);
      // Moved on to the cron's next time exactly (no offset), so no replica finds it due again.
      expect((row.next_run_at as Date).toISOString()).toBe(next0300Utc(row.last_run_at as Date).toISOString());

      expect((await ctx.steps.finishedScan(runs[0].id)).status).toBe(ScanStatus.SUCCEEDED);
      expect(await scheduledRuns()).toHaveLength(1);
      const logged = (text: string) => ctx.h.scanners.map((s) => s.lines.filter((l) => l.includes(text) && l.includes(tenant.id)).length);
      expect(logged('scheduled scan queued').reduce((x, y) => x + y, 0)).toBe(1);
      expect(logged('scheduled scan skipped').reduce((x, y) => x + y, 0)).toBe(0);
      await setSchedule(tenant.id, { enabled: false, cron: '0 3 * * *' });
    });
  });
}
