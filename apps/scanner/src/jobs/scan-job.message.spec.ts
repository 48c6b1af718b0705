import { ScanTrigger } from '@trueconfig/common';
import { messageAgeMs, parseScanJob } from './scan-job.message';

const message = (body: unknown) => ({ json: <T>() => (typeof body === 'string' ? JSON.parse(body) : body) as T });
const SCAN = '4b0c2bb4-5a7e-4f0e-9b1c-0a4f3f9b1c11';

describe('scan job messages', () => {
  it('reads a job and refuses anything else', () => {
    expect(parseScanJob(message({ scanId: SCAN, orgId: 'o', tenantId: 't', trigger: 'SCHEDULED', actor: null }))).toEqual({
      scanId: SCAN, orgId: 'o', tenantId: 't', trigger: ScanTrigger.SCHEDULED, actor: null,
    });
    expect(parseScanJob(message('{not json'))).toBeNull();
    expect(parseScanJob(message({ scanId: 'x', orgId: 'o', tenantId: 't', trigger: 'MANUAL' }))).toBeNull();
    expect(parseScanJob(message({ scanId: SCAN, orgId: 'o', tenantId: 't', trigger: 'NIGHTLY' }))).toBeNull();
  });

  it("measures a message's age from JetStream's timestamp", () => {
    expect(messageAgeMs({ info: { timestampNanos: 1_000 * 1_000_000 } } as never, 3_000)).toBe(2_000);
  });
});
