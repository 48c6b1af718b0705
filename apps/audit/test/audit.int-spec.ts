import { AuditExportFormat, AuditLevel, AuditPublisher, auditLogAddedSubject, ErrorCode, MessagingOptions, NatsRequester, Subject } from '@trueconfig/common';
import { connectTestRequester, freePort, ManagedProcess, startServiceProcess, startTestBackbone, TestBackbone, waitFor } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { connect, NatsConnection } from 'nats';
import { Client as PgClient } from 'pg';

describe('audit service (real NATS, Postgres and process)', () => {
  let backbone: TestBackbone;
  let audit: ManagedProcess;
  let requester: NatsRequester;
  let publisher: AuditPublisher;
  let port: number;
  let nc: NatsConnection;
  const orgId = randomUUID();
  const start = () => startServiceProcess({ service: 'audit', port, env: { ...backbone.env, LOG_LEVEL: 'warn', AUDIT_RETENTION_INTERVAL_MS: '300', AUDIT_RETENTION_BATCH: '2', AUDIT_ACK_WAIT_MS: '2000' } });
  const query = (filter = {}, first = 50, after?: string) =>
    requester.request(Subject.QueryAuditLogs, { orgId, filter, first, after });

  beforeAll(async () => {
    [backbone, port] = await Promise.all([startTestBackbone({ databasePrefix: 'tc_audit_it' }), freePort()]);
    const { stoppables, nats } = backbone;
    const options: MessagingOptions = { service: 'audit-test', natsUrl: nats.url, requestTimeoutMs: 3000 };
    nc = stoppables.add(await connect({ servers: nats.url }), (c) => c.drain());
    requester = stoppables.add(await connectTestRequester(nats.url, options.service, options.requestTimeoutMs), (c) => c.close()).requester;
    publisher = new AuditPublisher(nc, options);
    await publisher.onModuleInit();
    audit = await start();
    // `audit` is restarted by a test: stop whichever process runs at the end.
    stoppables.defer(() => audit.stop());
  });

  afterAll(async () => {
    await backbone?.stop();
  });

  it('stores a published event once even when it is published twice', async () => {
    const id = randomUUID();
    const event = { id, orgId, code: 'SCAN_STARTED', message: 'Scan started', tenantId: 't-1' };
    await publisher.publish(event);
    await publisher.publish(event);
    await waitFor('event stored', async () => (await query({ tenantId: 't-1' })).items.length > 0, 10000);
    const page = await query({ tenantId: 't-1' });
    expect(page.items.filter((e) => e.id === id)).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ service: 'audit-test', level: AuditLevel.INFO, message: 'Scan started' });
  });

  it('keeps events published while the audit service is down', async () => {
    await audit.stop();
    const ids = await Promise.all(
      [1, 2, 3].map(async (n) => (await publisher.publish({ orgId, code: 'DOWNTIME', message: `while down ${n}`, level: AuditLevel.WARN })).id),
    );
    audit = await start();
    await waitFor('events after restart', async () => (await query({ code: 'DOWNTIME' })).items.length === 3, 15000);
    expect((await query({ code: 'DOWNTIME' })).items.map((e) => e.id).sort()).toEqual(ids.sort());
  });

  it('loses and duplicates no line when the audit service stops and starts while a scan publishes', async () => {
    const scanId = randomUUID();
    const published: string[] = [];
    let publishing = true;
    const scan = (async () => {
      for (let n = 0; publishing; n++) {
        const event = await publisher.publish({ orgId, code: 'SCAN_STEP', message: `step ${n}`, tenantId: 't-scan', scanId });
        published.push(event.id);
        // A publisher retrying after a lost acknowledgement sends the same event id again.
        if (n % 7 === 0) await publisher.publish({ id: event.id, orgId, code: 'SCAN_STEP', message: `step ${n}`, tenantId: 't-scan', scanId });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const stored = async () => {
      const pg = new PgClient({ connectionString: backbone.db.url });
      await pg.connect();
      try {
        return (await pg.query<{ id: string }>('SELECT id FROM audit.audit_logs WHERE scan_id = $1', [scanId])).rows.map((r) => r.id);
      } finally {
        await pg.end();
      }
    };
    await waitFor('lines stored before the stop', async () => (await stored()).length >= 20, 10000);
    await audit.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    audit = await start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    publishing = false;
    await scan;
    await waitFor('every line stored', async () => (await stored()).length >= published.length, 20000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rows = await stored();
    expect(rows).toHaveLength(published.length);
    expect(new Set(rows)).toEqual(new Set(published));
  });

  it('pages newest first with a cursor and filters by level and text', async () => {
    const first = await query({ code: 'DOWNTIME' }, 2);
    expect(first.items).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const second = await query({ code: 'DOWNTIME' }, 2, first.endCursor ?? undefined);
    expect(second.items).toHaveLength(1);
    expect(second.hasNextPage).toBe(false);
    expect((await query({ level: AuditLevel.WARN, text: 'down 2' })).items).toHaveLength(1);
  });

  it('never shows another organisation its events', async () => {
    const page = await requester.request(Subject.QueryAuditLogs, { orgId: randomUUID(), filter: {}, first: 50 });
    expect(page.items).toHaveLength(0);
  });

  it('answers a bad cursor with BAD_USER_INPUT carried across NATS intact', async () => {
    await expect(query({}, 10, 'not-a-cursor')).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } });
  });

  it('maps a subject nobody serves to SERVICE_UNAVAILABLE without waiting for the timeout', async () => {
    const started = Date.now();
    await expect(requester.request(Subject.GetScan, { orgId, scanId: 'x' })).rejects.toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('announces each newly stored event once on the broadcast subject, not a redelivered one', async () => {
    const heard: string[] = [];
    const sub = nc.subscribe(auditLogAddedSubject(orgId), { callback: (_e, msg) => heard.push((JSON.parse(msg.string()) as { id: string }).id) });
    await nc.flush();
    const event = { id: randomUUID(), orgId, code: 'ANNOUNCED', message: 'live', tenantId: 't-live' };
    await publisher.publish(event);
    await waitFor('announcement', async () => heard.includes(event.id), 10000);
    await publisher.publish(event);
    await new Promise((resolve) => setTimeout(resolve, 300));
    sub.unsubscribe();
    expect(heard.filter((id) => id === event.id)).toHaveLength(1);
  });

  it('exports a filter as CSV or JSON lines, capped and marked truncated', async () => {
    const exportAs = (format: AuditExportFormat, maxRows = 100) =>
      requester.request(Subject.ExportAuditLogs, { orgId, filter: { code: 'DOWNTIME' }, format, maxRows });
    const csv = await exportAs(AuditExportFormat.CSV);
    expect(csv).toMatchObject({ rows: 3, truncated: false });
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,level,service,code,tenantId,scanId,actor,message,details');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(['DOWNTIME', 'DOWNTIME', 'DOWNTIME']);
    const jsonl = await exportAs(AuditExportFormat.JSONL, 2);
    expect(jsonl).toMatchObject({ rows: 2, truncated: true });
    expect(jsonl.text.trim().split('\n').map((l) => (JSON.parse(l) as { code: string }).code)).toEqual(['DOWNTIME', 'DOWNTIME']);
    const none = await requester.request(Subject.ExportAuditLogs, { orgId: randomUUID(), filter: {}, format: AuditExportFormat.JSONL, maxRows: 10 });
    expect(none).toEqual({ text: '', rows: 0, truncated: false });
  });

  it('keeps lines for the default retention or the organisation’s own, and deletes older ones in batches', async () => {
    const shortOrg = randomUUID();
    const set = await requester.request(Subject.SetAuditRetention, { orgId: shortOrg, days: 30, actor: 'key-1' });
    expect(set).toEqual({ days: 30, isDefault: false, defaultDays: 365 });
    await expect(requester.request(Subject.SetAuditRetention, { orgId: shortOrg, days: 0, actor: 'k' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'days' } });
    expect(await requester.request(Subject.GetAuditRetention, { orgId })).toEqual({ days: 365, isDefault: true, defaultDays: 365 });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const rows = [
      [shortOrg, daysAgo(40), 'gone-1'], [shortOrg, daysAgo(31), 'gone-2'], [shortOrg, daysAgo(35), 'gone-3'], [shortOrg, daysAgo(20), 'kept-1'],
      [orgId, daysAgo(400), 'gone-4'], [orgId, daysAgo(40), 'kept-2'],
    ];
    const pg = new PgClient({ connectionString: backbone.db.url });
    await pg.connect();
    try {
      for (const [org, at, message] of rows) {
        await pg.query("INSERT INTO audit.audit_logs (id, at, org_id, service, level, code, message) VALUES ($1, $2, $3, 'test', 'INFO', 'OLD', $4)", [randomUUID(), at, org, message]);
      }
      const remaining = async () => (await pg.query<{ message: string }>("SELECT message FROM audit.audit_logs WHERE code = 'OLD' ORDER BY message")).rows.map((r) => r.message);
      await waitFor('retention run', async () => (await remaining()).length === 2, 10000);
      expect(await remaining()).toEqual(['kept-1', 'kept-2']);
    } finally {
      await pg.end();
    }
  });
});
