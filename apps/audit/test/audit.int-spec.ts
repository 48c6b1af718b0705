import { AuditLevel, AuditPublisher, ErrorCode, MessagingOptions, NatsRequester, Subject } from '@trueconfig/common';
import { connectTestRequester, freePort, ManagedProcess, startServiceProcess, startTestBackbone, TestBackbone, waitFor } from '@trueconfig/launcher';
import { randomUUID } from 'node:crypto';
import { connect } from 'nats';

describe('audit service (real NATS, Postgres and process)', () => {
  let backbone: TestBackbone;
  let audit: ManagedProcess;
  let requester: NatsRequester;
  let publisher: AuditPublisher;
  let port: number;
  const orgId = randomUUID();
  const start = () => startServiceProcess({ service: 'audit', port, env: { ...backbone.env, LOG_LEVEL: 'warn' } });
  const query = (filter = {}, first = 50, after?: string) =>
    requester.request(Subject.QueryAuditLogs, { orgId, filter, first, after });

  beforeAll(async () => {
    [backbone, port] = await Promise.all([startTestBackbone({ databasePrefix: 'tc_audit_it' }), freePort()]);
    const { stoppables, nats } = backbone;
    const options: MessagingOptions = { service: 'audit-test', natsUrl: nats.url, requestTimeoutMs: 3000 };
    const nc = stoppables.add(await connect({ servers: nats.url }), (c) => c.drain());
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
});
