import { Subject } from '@trueconfig/common';
import { createApiKey, freePort, ManagedProcess, OtlpReceiver, ReceivedSpan, startOtlpReceiver, startServiceProcess, startTestBackbone, TestBackbone, waitFor } from '../src';

/** OTLP's span kinds (the API's plus one). */
const OTLP_KIND = { SERVER: 2, CLIENT: 3 };

/**
 * OpenTelemetry across processes: a GraphQL request to the built gateway, answered by the built audit
 * service over NATS, exported by both to an in-process OTLP/HTTP (JSON) receiver.
 */
describe('tracing: gateway → NATS → audit, exported over OTLP/HTTP', () => {
  let backbone: TestBackbone;
  let receiver: OtlpReceiver;
  let audit: ManagedProcess;
  let gatewayUrl: string;
  let apiKey: string;

  beforeAll(async () => {
    [backbone, receiver] = await Promise.all([startTestBackbone({ databasePrefix: 'tc_tracing_it' }), startOtlpReceiver()]);
    backbone.stoppables.defer(() => receiver.close());
    const tracing = { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
    const env = { ...backbone.env, ...tracing };
    const [auditPort, gatewayPort] = [await freePort(), await freePort()];
    apiKey = await createApiKey(backbone.env, 'org-tracing', 'viewer');
    audit = backbone.stoppables.add(await startServiceProcess({ service: 'audit', port: auditPort, env: { ...env, LOG_LEVEL: 'debug' } }), (p) => p.stop());
    backbone.stoppables.add(await startServiceProcess({ service: 'gateway', port: gatewayPort, env }), (p) => p.stop());
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  });

  afterAll(() => backbone?.stop());

  it('continues the caller’s trace through both services with correct parent links, and logs the span ids', async () => {
    const traceId = randomHex(32);
    const callerSpanId = randomHex(16);
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, traceparent: `00-${traceId}-${callerSpanId}-01` },
      body: JSON.stringify({ query: 'query RecentAudit { auditLogs(first: 5) { edges { node { id } } } }' }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    const handled = () => inTrace().find((span) => span.service === 'trueconfig-audit' && span.name === `process ${Subject.QueryAuditLogs}`);
    await waitFor('the audit service’s span', async () => handled() !== undefined && named(inTrace(), 'query RecentAudit') !== undefined, 15000);

    const operation = named(inTrace(), 'query RecentAudit')!;
    const request = named(inTrace(), `send ${Subject.QueryAuditLogs}`)!;
    const server = handled()!;
    expect(operation).toMatchObject({ service: 'trueconfig-gateway', kind: OTLP_KIND.SERVER, parentSpanId: callerSpanId });
    expect(operation.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'RecentAudit', 'trueconfig.outcome': 'ok' });
    expect(request).toMatchObject({ service: 'trueconfig-gateway', kind: OTLP_KIND.CLIENT, parentSpanId: operation.spanId });
    expect(request.attributes).toMatchObject({ 'messaging.system': 'nats', 'messaging.destination.name': Subject.QueryAuditLogs });
    expect(server).toMatchObject({ kind: OTLP_KIND.SERVER, parentSpanId: request.spanId });
    expect(new Set(inTrace().map((span) => span.service))).toEqual(new Set(['trueconfig-gateway', 'trueconfig-audit']));
    expect(receiver.contentTypes.every((type) => type.startsWith('application/json'))).toBe(true);

    const handledLine = audit.lines.map(parseLine).find((line) => line.msg === `handled ${Subject.QueryAuditLogs}` && line.traceId === traceId);
    expect(handledLine).toMatchObject({ spanId: server.spanId, outcome: 'ok' });
  });

  it('marks the operation failed with the error code when the answer carries errors', async () => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer tc_not-a-key' },
      body: JSON.stringify({ query: 'query Denied { auditLogs(first: 5) { edges { node { id } } } }' }),
    });
    await response.text();
    await waitFor('the failed operation’s span', async () => named(receiver.spans, 'query Denied') !== undefined, 15000);
    expect(named(receiver.spans, 'query Denied')).toMatchObject({ status: { code: 2, message: 'UNAUTHENTICATED' }, attributes: { 'trueconfig.outcome': 'UNAUTHENTICATED' } });
  });

  it('exports the spans still buffered when SIGTERM stops the service', async () => {
    const port = await freePort();
    const env = { ...backbone.env, OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '600000' };
    const gateway = await startServiceProcess({ service: 'gateway', name: 'gateway-buffering', port, env });
    backbone.stoppables.defer(() => gateway.stop());
    await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"query Buffered { __typename }"}' });
    expect(named(receiver.spans, 'query Buffered')).toBeUndefined();
    gateway.signal('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(named(receiver.spans, 'query Buffered')).toMatchObject({ service: 'trueconfig-gateway' });
  });
});

function named(spans: ReceivedSpan[], name: string): ReceivedSpan | undefined {
  return spans.find((span) => span.name === name);
}

function randomHex(length: number): string {
  return Array.from({ length }, () => Math.floor(Math.random() * 16).toString(16)).join('').replace(/^0/, 'a');
}

function parseLine(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return {};
  }
}
