import { AuditCode, AuditLevel, ErrorCode, REQUIRED_PERMISSIONS, ScanStatus, ScanTrigger, Subject } from '@trueconfig/common';
import { waitFor } from '@trueconfig/launcher';
import { connect, StringCodec } from 'nats';
import { SCAN_CONSUMER, SCAN_JOB_SUBJECT, SCAN_STREAM } from '../../src/jobs/scan-jobs.stream';
import { ReplicaContext } from '../support/replica-context';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);

/** A scan survives a killed worker, is cancelled, queued behind a scheduled scan, retried and counted. */
export function durableJobCases(ctx: ReplicaContext): void {
  describe('durable jobs (JetStream work queue)', () => {
    /** Graph answers this tenant slowly (every dataset of the catalog), so a scan is still reading when the test acts. */
    async function slowTenant(users = 2000, latencyMs = 400) {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users });
      await ctx.h.emulator.addFault({ tenantId: tenant.directoryTenantId, pathPattern: '/v1.0/*', latencyMs });
      await ctx.h.emulator.addFault({ tenantId: tenant.directoryTenantId, pathPattern: '/beta/*', latencyMs });
      return tenant;
    }

    const scanRow = async (scanId: string) =>
      ((await ctx.db.query('SELECT attempts, finished_at FROM scanner.scans WHERE id = $1', [scanId])) as Array<{ attempts: number; finished_at: Date }>)[0];

    it('finishes exactly once on the other replica when the one running the scan is killed (SIGKILL)', async () => {
      const tenant = await slowTenant();
      const { id: scanId } = await ctx.steps.startScan(tenant.id);
      const started = { test: (l: string) => l.includes('"scan started"') && l.includes(scanId) };
      await waitFor('a replica to start the scan', async () => ctx.h.scanners.some((s) => s.lines.some((l) => started.test(l))), 10000);
      const victim = ctx.h.scanners.find((s) => s.lines.some((l) => started.test(l)))!;
      const survivor = ctx.h.scanners.find((s) => s !== victim)!;
      await waitFor('a page of users', async () => ctx.h.progress.some((e) => e.scanId === scanId && e.dataset === 'v1.0/users' && e.pagesRead === 1), 10000);
      victim.signal('SIGKILL');
      await victim.exited;

      const scan = await ctx.steps.finishedScan(scanId, 40000);
      expect(scan.status).toBe(ScanStatus.SUCCEEDED);
      expect(survivor.lines.some((l) => started.test(l) && l.includes('"attempt":2'))).toBe(true);
      expect((await scanRow(scanId)).attempts).toBe(2);
      const [{ n }] = (await ctx.db.query('SELECT count(*)::int AS n FROM scanner.control_results WHERE scan_id = $1', [scanId])) as Array<{ n: number }>;
      expect(n).toBe(scan.results.length);
      await waitFor('final event', async () => ctx.h.progress.some((e) => e.scanId === scanId && e.phase === 'finished'), 5000);
      expect(ctx.h.progress.filter((e) => e.scanId === scanId && e.phase === 'finished')).toHaveLength(1);
      await ctx.steps.auditEvent(scanId, AuditCode.SCAN_FINISHED);
      expect(ctx.h.audit.events.filter((e) => e.scanId === scanId && e.code === AuditCode.SCAN_FINISHED)).toHaveLength(1);
      expect(ctx.h.audit.events.filter((e) => e.scanId === scanId && e.code === AuditCode.SCAN_STARTED)).toHaveLength(1);

      await ctx.h.startScanner('scanner-3');
    });

    it('acks and ignores a redelivered job of a finished scan, changing nothing', async () => {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 50 });
      const scan = await ctx.steps.finishedScan((await ctx.steps.startScan(tenant.id)).id);
      const before = await scanRow(scan.id);
      const nc = await connect({ servers: ctx.h.natsUrl });
      try {
        const job = { scanId: scan.id, orgId: scan.orgId, tenantId: scan.tenantId, trigger: ScanTrigger.MANUAL, actor: null };
        await nc.jetstream().publish(SCAN_JOB_SUBJECT, StringCodec().encode(JSON.stringify(job)), { msgID: `${scan.id}-again` });
        const ignored = (l: string) => l.includes('acked without running: already SUCCEEDED') && l.includes(scan.id);
        await waitFor('the duplicate to be ignored', async () => ctx.h.scanners.some((s) => s.lines.some(ignored)), 10000);
        const info = await (await nc.jetstreamManager()).consumers.info(SCAN_STREAM, SCAN_CONSUMER);
        expect(info.num_ack_pending + info.num_pending).toBe(0);
      } finally {
        await nc.close();
      }
      expect(await ctx.steps.getScan(scan.id)).toEqual(scan);
      expect(await scanRow(scan.id)).toEqual(before);
    });

    it('cancels a running scan between pages: CANCELLED, no results, a final event and a WARN in the sync log', async () => {
      const tenant = await slowTenant();
      const { id: scanId } = await ctx.steps.startScan(tenant.id);
      await waitFor('a page of users', async () => ctx.h.progress.some((e) => e.scanId === scanId && e.pagesRead === 1 && e.dataset === 'v1.0/users'), 10000);
      const reply = await ctx.h.requester.request(Subject.CancelScan, { orgId: ctx.steps.orgId, actor: 'api-key-1', scanId });
      expect(reply).toMatchObject({ id: scanId, status: ScanStatus.RUNNING, phase: 'cancelling' });
      const scan = await ctx.steps.finishedScan(scanId, 10000);
      expect(scan).toMatchObject({ status: ScanStatus.CANCELLED, results: [], error: null });
      await waitFor('final event', async () => ctx.h.progress.some((e) => e.scanId === scanId && e.status === ScanStatus.CANCELLED), 5000);
      expect(await ctx.steps.auditEvent(scanId, AuditCode.SCAN_FINISHED)).toMatchObject({ level: AuditLevel.WARN, details: expect.objectContaining({ status: ScanStatus.CANCELLED }) });
      await expect(ctx.h.requester.request(Subject.CancelScan, { orgId: ctx.steps.orgId, actor: 'k', scanId })).resolves.toMatchObject({ status: ScanStatus.CANCELLED });
      await expect(ctx.h.requester.request(Subject.CancelScan, { orgId: 'org-b', actor: 'k', scanId })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    });

    it('queues a manual scan behind a running scheduled one, refuses a third, then runs it after', async () => {
      const tenant = await slowTenant(2000, 400);
      const scheduled = await ctx.steps.startScan(tenant.id, ctx.steps.orgId, ScanTrigger.SCHEDULED);
      const manual = await ctx.steps.startScan(tenant.id);
      expect(manual).toMatchObject({ status: ScanStatus.QUEUED, phase: 'waiting', trigger: ScanTrigger.MANUAL });
      await expect(ctx.steps.startScan(tenant.id)).rejects.toMatchObject({ code: ErrorCode.SCAN_IN_PROGRESS, details: { scanId: manual.id } });

      const scheduledDone = await ctx.steps.finishedScan(scheduled.id);
      const manualDone = await ctx.steps.finishedScan(manual.id);
      expect([scheduledDone.status, manualDone.status]).toEqual([ScanStatus.SUCCEEDED, ScanStatus.SUCCEEDED]);
      const firstManualWork = ctx.h.progress.find((e) => e.scanId === manual.id && e.phase === 'token');
      expect(Date.parse(firstManualWork!.at)).toBeGreaterThanOrEqual(Date.parse(scheduledDone.finishedAt!));
    });

    it('cancels a waiting scan at once', async () => {
      const tenant = await slowTenant(2000, 400);
      const scheduled = await ctx.steps.startScan(tenant.id, ctx.steps.orgId, ScanTrigger.SCHEDULED);
      const manual = await ctx.steps.startScan(tenant.id);
      await expect(ctx.h.requester.request(Subject.CancelScan, { orgId: ctx.steps.orgId, actor: 'k', scanId: manual.id })).resolves.toMatchObject({ status: ScanStatus.CANCELLED });
      await waitFor('final event of the waiting scan', async () => ctx.h.progress.some((e) => e.scanId === manual.id && e.status === ScanStatus.CANCELLED && e.percent === 100), 5000);
      await ctx.h.requester.request(Subject.CancelScan, { orgId: ctx.steps.orgId, actor: 'k', scanId: scheduled.id });
      expect((await ctx.steps.finishedScan(scheduled.id, 10000)).status).toBe(ScanStatus.CANCELLED);
    });

    it('counts every request, 429 and retry: the client honours Retry-After, the scanner backs off a 500 with jitter', async () => {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 50 });
      await ctx.h.emulator.addFault({ tenantId: tenant.directoryTenantId, pathPattern: '/v1.0/users*', status: 429, retryAfterSeconds: 1, count: 1 });
      await ctx.h.emulator.addFault({ tenantId: tenant.directoryTenantId, pathPattern: '/v1.0/identity/conditionalAccess*', status: 500, count: 2 });
      const scan = await ctx.steps.finishedScan((await ctx.steps.startScan(tenant.id)).id);
      expect(scan.status).toBe(ScanStatus.SUCCEEDED);
      // The throttled users page sent again, the CA page sent twice more (the catalog's other datasets as usual).
      expect(scan.graphRequests).toMatchObject({ throttled: 1, retries: 3, giveUps: 0 });
      const lines = ctx.h.scanners.flatMap((s) => s.lines).filter((l) => l.includes(scan.id));
      expect(lines.some((l) => l.includes('Graph throttled the scan (429)') && l.includes('"retryAfter":"1"'))).toBe(true);
      expect(lines.filter((l) => l.includes('Graph read failed, retrying'))).toHaveLength(2);
      const usersRead = ctx.h.progress.filter((e) => e.scanId === scan.id && e.dataset === 'v1.0/users');
      // Retry-After: 1 was waited out before the users page was asked for again.
      expect(Date.parse(usersRead[usersRead.length - 1].at) - Date.parse(usersRead[0].at)).toBeGreaterThanOrEqual(900);
    });

    it('gives up on a dataset after the last retry: counted, warned, the scan PARTIAL', async () => {
      const tenant = await ctx.steps.connectTenant(ALL_PERMISSIONS, { users: 50 });
      await ctx.h.emulator.addFault({ tenantId: tenant.directoryTenantId, pathPattern: '/v1.0/identity/conditionalAccess*', status: 500 });
      const scan = await ctx.steps.finishedScan((await ctx.steps.startScan(tenant.id)).id);
      expect(scan.status).toBe(ScanStatus.PARTIAL);
      expect(scan.graphRequests).toMatchObject({ retries: 3, giveUps: 1 });
      expect(scan.warnings).toHaveLength(1);
    });
  });
}
