import { ControlResultDto, ControlStatus, ErrorCode, GetScanResultsReply, GetScanResultsRequest, NatsRequester } from '@trueconfig/common';
import { GatewayContext } from '../graphql/gateway-context';
import { scanResultsLoader } from './scan-results.loader';

const result = (controlId: string): ControlResultDto => ({ controlId, title: 't', status: ControlStatus.PASS, summary: 's', metric: null, affectedCount: 0, evidence: [] });
const context = () => ({ auth: { principal: { orgId: 'org' } } }) as unknown as GatewayContext;

function natsAnswering(...replies: GetScanResultsReply[]) {
  const request = jest.fn(async (_subject: string, _payload: GetScanResultsRequest) => replies.shift() as GetScanResultsReply);
  return { request, nats: { request } as unknown as NatsRequester };
}

describe('scanResultsLoader', () => {
  it('follows `next` until every result has come, merging the pages per scan', async () => {
    const { request, nats } = natsAnswering(
      { results: [[result('A')], []], next: { scan: 0, result: 1 } },
      { results: [[result('B')], [result('C')]], next: null },
    );
    const loader = scanResultsLoader(context(), nats, false);
    await expect(Promise.all([loader.load('s1'), loader.load('s2')])).resolves.toEqual([[result('A'), result('B')], [result('C')]]);
    expect(request.mock.calls.map(([, payload]) => payload)).toEqual([
      { orgId: 'org', scanIds: ['s1', 's2'], evidence: false, from: null },
      { orgId: 'org', scanIds: ['s1', 's2'], evidence: false, from: { scan: 0, result: 1 } },
    ]);
  });

  it('keeps evidence and evidence-free loads apart', async () => {
    const { request, nats } = natsAnswering({ results: [[result('A')]], next: null }, { results: [[result('B')]], next: null });
    const shared = context();
    await scanResultsLoader(shared, nats, true).load('s1');
    await scanResultsLoader(shared, nats, false).load('s1');
    expect(request.mock.calls.map(([, payload]) => payload.evidence)).toEqual([true, false]);
  });

  it('fails with INTERNAL rather than loop when a reply does not move forward', async () => {
    const stuck = { results: [[]], next: { scan: 0, result: 0 } };
    const { nats } = natsAnswering(stuck, stuck);
    await expect(scanResultsLoader(context(), nats, true).load('s1')).rejects.toMatchObject({ code: ErrorCode.INTERNAL });
  });
});
