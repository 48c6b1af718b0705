import { ErrorCode, REQUIRED_PERMISSIONS, ScanStatus, Subject, SyncScheduleDto, TENANT_DISCONNECTED_SUBJECT, TenantDisconnectedEvent } from '@trueconfig/common';
import { waitFor } from '@trueconfig/launcher';
import { connect, JSONCodec } from 'nats';
import { randomUUID } from 'node:crypto';
import { ReplicaContext } from '../support/replica-context';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const INTERVAL = 4;

interface ScheduledRun {
  id: string;
  tenant_id: string;
  started_at: Date;
  status: ScanStatus;
}

/** Staggered schedules across two replicas, each slot run once (SCHEDULER_MIN_INTERVAL_SECONDS lowered). */
export function scheduleCases(ctx: ReplicaContext): void {
  describe('sync schedules', () => {
    const setSchedule = (tenantId: string, schedule: { enabled: boolean; intervalSeconds?: number; windowStart?: string; windowEnd?: string }) =>
      ctx.h.requester.request(Subject.SetSyncSchedule, { orgId: ctx.steps.orgId, actor: 'api-key-1', tenantId, schedule });

    it('refuses a short interval, half a window and a tenant of another organisation', async () => {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 20 });
      await expect(setSchedule(tenant.id, { enabled: true, intervalSeconds: 1 })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'intervalSeconds' } });
      await expect(setSchedule(tenant.id, { enabled: true, windowStart: '01:00' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'windowEnd' } });
      await expect(setSchedule(randomUUID(), { enabled: true })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
      const saved = await setSchedule(tenant.id, { enabled: false, windowStart: '01:00', windowEnd: '05:00' });
      expect(saved).toMatchObject({ tenantId: tenant.id, enabled: false, intervalSeconds: 86400, windowStart: '01:00', windowEnd: '05:00', nextRunAt: null });
      const batch = await ctx.h.requester.request(Subject.GetSyncSchedules, { orgId: ctx.steps.orgId, tenantIds: [randomUUID(), tenant.id] });
      expect(batch).toEqual([null, saved]);
      await expect(ctx.h.requester.request(Subject.GetSyncSchedules, { orgId: 'org-b', tenantIds: [tenant.id] })).resolves.toEqual([null]);
    });

    it('staggers two tenants across the interval and runs each slot once, whichever replica takes it', async () => {
      const [a, b] = [await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 20 }), await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 20 })];
      await ctx.db.query('DELETE FROM scanner.sync_schedules');
      const scheduleA: SyncScheduleDto = await setSchedule(a.id, { enabled: true, intervalSeconds: INTERVAL });
      const scheduleB: SyncScheduleDto = await setSchedule(b.id, { enabled: true, intervalSeconds: INTERVAL });
      expect((scheduleB.offsetSeconds - scheduleA.offsetSeconds + INTERVAL) % INTERVAL).toBe(INTERVAL / 2);

      await new Promise((resolve) => setTimeout(resolve, 2 * INTERVAL * 1000 + 1500));
      await setSchedule(a.id, { enabled: false, intervalSeconds: INTERVAL });
      await setSchedule(b.id, { enabled: false, intervalSeconds: INTERVAL });

      const runs: ScheduledRun[] = await ctx.db.query(
        `SELECT id, tenant_id, started_at, status FROM scanner.scans WHERE trigger = 'SCHEDULED' AND tenant_id = ANY($1) ORDER BY started_at`,
        [[a.id, b.id]],
      );
      for (const tenant of [a, b]) {
        const own = runs.filter((r) => r.tenant_id === tenant.id).map((r) => r.started_at.getTime());
        expect(own.length).toBeGreaterThanOrEqual(2);
        expect(own.length).toBeLessThanOrEqual(3);
        // One run per slot: consecutive runs are an interval apart, never two in one slot.
        for (let i = 1; i < own.length; i++) expect(own[i] - own[i - 1]).toBeGreaterThan((INTERVAL - 1) * 1000);
      }
      const phase = (r: ScheduledRun) => (r.started_at.getTime() / 1000) % INTERVAL;
      const gap = (phase(runs.find((r) => r.tenant_id === b.id)!) - phase(runs.find((r) => r.tenant_id === a.id)!) + INTERVAL) % INTERVAL;
      expect(Math.abs(gap - INTERVAL / 2)).toBeLessThan(1);
      const takenBy = ctx.h.scanners.map((s) => s.lines.filter((l) => l.includes('scheduled scan queued')).length);
      expect(takenBy.reduce((x, y) => x + y, 0)).toBe(runs.length);
      for (const run of runs) expect((await ctx.steps.finishedScan(run.id)).status).toBe(ScanStatus.SUCCEEDED);
    });

    it('stops the schedule of a tenant the connector disconnects and deletes its replica', async () => {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 20 });
      const replicaRows = async () =>
        Number(((await ctx.db.query('SELECT count(*) AS n FROM scanner.replica_rows WHERE tenant_id = $1', [tenant.id])) as Array<{ n: string }>)[0]?.n);
      await ctx.steps.finishedScan((await ctx.steps.startScan(tenant.id)).id);
      await waitFor('the users replica', async () => (await replicaRows()) === 20, 10000);
      await setSchedule(tenant.id, { enabled: true });
      const nc = await connect({ servers: ctx.h.natsUrl });
      try {
        const event: TenantDisconnectedEvent = { tenantId: tenant.id, orgId: ctx.steps.orgId, at: new Date().toISOString() };
        nc.publish(TENANT_DISCONNECTED_SUBJECT, JSONCodec().encode(event));
        await nc.flush();
      } finally {
        await nc.close();
      }
      await waitFor('the schedule to stop', async () => {
        const [schedule] = await ctx.h.requester.request(Subject.GetSyncSchedules, { orgId: ctx.steps.orgId, tenantIds: [tenant.id] });
        return schedule?.enabled === false && schedule.nextRunAt === null;
      }, 5000);
      await waitFor('the replica to be deleted', async () => (await replicaRows()) === 0, 5000);
      const syncs = (await ctx.db.query('SELECT count(*) AS n FROM scanner.replica_syncs WHERE tenant_id = $1', [tenant.id])) as Array<{ n: string }>;
      expect(Number(syncs[0]?.n)).toBe(0);
    });
  });
}
