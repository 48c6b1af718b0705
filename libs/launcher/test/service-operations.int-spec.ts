import { runWithRequestContext, Subject } from '@trueconfig/common';
import { freePort, ManagedProcess, parsePrometheusText, samplesOf, startServiceProcess, startTestBackbone, TestBackbone, TestRequester, waitFor } from '../src';
import { connectTestRequester } from '../src/test-requester';
import { randomUUID } from 'node:crypto';

/** Operations of a real service process: /metrics, correlation across NATS, graceful SIGTERM. */
describe('service operations (audit and gateway processes, real NATS and Postgres)', () => {
  const graceMs = 8000;
  let backbone: TestBackbone;
  let audit: ManagedProcess;
  let client: TestRequester;
  let port: number;
  const baseUrl = () => `http://127.0.0.1:${port}`;

  beforeAll(async () => {
    [backbone, port] = await Promise.all([startTestBackbone({ databasePrefix: 'tc_ops_it' }), freePort()]);
    client = backbone.stoppables.add(await connectTestRequester(backbone.nats.url, 'ops-test', 5000), (c) => c.close());
    audit = await startServiceProcess({ service: 'audit', port, env: { ...backbone.env, LOG_LEVEL: 'debug', SHUTDOWN_GRACE_MS: String(graceMs) } });
    backbone.stoppables.defer(() => audit.stop());
  });

  afterAll(async () => {
    await backbone?.stop();
  });

  it('logs a NATS request under the caller’s correlation id and counts it by subject and outcome', async () => {
    const context = { correlationId: `it-${randomUUID()}`, traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) };
    await runWithRequestContext(context, () => client.requester.request(Subject.QueryAuditLogs, { orgId: randomUUID(), filter: {}, first: 5 }));
    await waitFor('the handler log line', async () => audit.lines.some((l) => l.includes(context.correlationId)), 5000);
    const line = JSON.parse(audit.lines.find((l) => l.includes(context.correlationId)) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ correlationId: context.correlationId, traceId: context.traceId, subject: Subject.QueryAuditLogs, outcome: 'ok' });

    const response = await fetch(`${baseUrl()}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const samples = parsePrometheusText(await response.text());
    const handled = { subject: Subject.QueryAuditLogs, outcome: 'ok', service: 'audit' };
    expect(samplesOf(samples, 'trueconfig_nats_handled_messages_total', handled)[0]?.value).toBe(1);
    expect(samplesOf(samples, 'trueconfig_nats_handler_duration_seconds_count', handled)[0]?.value).toBe(1);
    expect(samplesOf(samples, 'trueconfig_jetstream_consumer_pending_messages', { stream: 'AUDIT', consumer: 'audit-store' })).toHaveLength(1);
    expect(samplesOf(samples, 'trueconfig_jetstream_consumer_redelivered_messages', { stream: 'AUDIT', consumer: 'audit-store' })).toHaveLength(1);
    expect(samplesOf(samples, 'trueconfig_db_pool_connections', { state: 'total' })[0]?.value).toBeGreaterThan(0);
    expect(samplesOf(samples, 'trueconfig_db_pool_max_connections')[0]?.value).toBe(10);
    expect(samplesOf(samples, 'process_resident_memory_bytes')).toHaveLength(1);
  });

  it('turns readiness false on SIGTERM, then drains and exits 0 within the grace period', async () => {
    const started = Date.now();
    audit.signal('SIGTERM');
    const readiness = () => fetch(`${baseUrl()}/readyz`).then((r) => r.status, () => 'refused');
    await waitFor('readiness to turn false', async () => (await readiness()) !== 200, 2000, { everyMs: 20 });
    expect([503, 'refused']).toContain(await readiness());
    expect(await audit.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(graceMs);
    expect(audit.lines.some((l) => l.includes('shutting down: readiness is false'))).toBe(true);
    expect(audit.lines.some((l) => l.includes('shutdown complete'))).toBe(true);
  });

  it('gives the gateway /metrics and the same graceful SIGTERM', async () => {
    const gatewayPort = await freePort();
    const gateway = await startServiceProcess({ service: 'gateway', port: gatewayPort, env: { ...backbone.env, LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: String(graceMs) } });
    backbone.stoppables.defer(() => gateway.stop());
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-correlation-id': 'gw-1' }, body: '{"query":"{ __typename }"}' });
    expect(response.headers.get('x-correlation-id')).toBe('gw-1');
    const samples = parsePrometheusText(await (await fetch(`http://127.0.0.1:${gatewayPort}/metrics`)).text());
    expect(samplesOf(samples, 'trueconfig_db_pool_max_connections', { service: 'gateway' })).toHaveLength(1);
    const started = Date.now();
    gateway.signal('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(graceMs);
  });
});
