import { REQUIRED_PERMISSIONS, runWithRequestContext, ScanStatus, Subject } from '@trueconfig/common';
import { OtlpReceiver, ReceivedSpan, startOtlpReceiver, waitFor } from '@trueconfig/launcher';
import { randomBytes } from 'node:crypto';
import { ScanSteps } from './support/scan-steps';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

jest.setTimeout(60000);

const OTLP_KIND = { SERVER: 2, CLIENT: 3, CONSUMER: 5 };

/** The scanner's spans over OTLP/HTTP: the start request, the scan job it queues, its Graph calls. */
describe('scanner tracing (built scanner, emulator, OTLP/HTTP receiver)', () => {
  let h: ScannerHarness;
  let receiver: OtlpReceiver;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const tracing = { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
    h = await startScannerHarness({ env: tracing });
  });

  afterAll(async () => {
    await h?.stop();
    await receiver?.close();
  });

  it('runs the scan job in the trace of the request that queued it, with a client span per Graph call', async () => {
    const steps = new ScanSteps(h);
    const tenant = await steps.connectTenant(REQUIRED_PERMISSIONS.map((p) => p.name), { users: 50 });
    const caller = { correlationId: 'trace-it', traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
    const started = await runWithRequestContext(caller, () => steps.startScan(tenant.id));
    expect([ScanStatus.SUCCEEDED, ScanStatus.PARTIAL]).toContain((await steps.finishedScan(started.id)).status);

    const inTrace = () => receiver.spans.filter((span) => span.traceId === caller.traceId && span.service === 'trueconfig-scanner');
    const job = () => inTrace().find((span) => span.name === 'scan job');
    await waitFor('the scan job span', async () => job() !== undefined, 15000);
    const handled = inTrace().find((span) => span.name === `process ${Subject.StartScan}`);
    expect(handled).toMatchObject({ kind: OTLP_KIND.SERVER, parentSpanId: caller.spanId });
    expect(job()).toMatchObject({ kind: OTLP_KIND.CONSUMER, parentSpanId: handled?.spanId, attributes: { 'trueconfig.scan.id': started.id, 'trueconfig.outcome': 'ok' } });

    const children = (kindName: (span: ReceivedSpan) => boolean) => inTrace().filter((span) => span.parentSpanId === job()?.spanId && kindName(span));
    const graphCalls = children((span) => span.attributes['trueconfig.graph.endpoint'] !== undefined);
    expect(graphCalls.length).toBeGreaterThan(5);
    expect(graphCalls.find((span) => span.name === 'GET v1.0/users')?.attributes['http.response.status_code']).toBe(200);
    for (const call of graphCalls) {
      expect(call.kind).toBe(OTLP_KIND.CLIENT);
      const status = Number(call.attributes['http.response.status_code']);
      // A refused read (a dataset the tenant's licence lacks, a throttle) is an error span; the rest are not.
      expect(call.status?.code ?? 0).toBe(status >= 400 ? 2 : 0);
    }
    expect(children((span) => span.name === `send ${Subject.AcquireToken}`)[0]).toMatchObject({ kind: OTLP_KIND.CLIENT });
  });
});
