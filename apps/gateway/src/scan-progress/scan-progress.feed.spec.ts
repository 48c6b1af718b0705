import { ErrorCode, notFound, ScanDto, ScanProgressEvent, ScanStatus, ScanTrigger, TenantDto } from '@trueconfig/common';
import { Principal } from '../auth/principal';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { ConnectorClient } from '../clients/connector.client';
import { ScannerClient } from '../clients/scanner.client';
import { createGatewayPubSub, GatewayTopic, scanProgressKey } from '../graphql/gateway-pub-sub';
import { ScanProgressFeed } from './scan-progress.feed';

const ORG_A = 'a0000000-0000-4000-8000-000000000001';
const ORG_B = 'b0000000-0000-4000-8000-000000000002';
const TENANT = 'c0000000-0000-4000-8000-000000000003';
const SCAN = 'd0000000-0000-4000-8000-000000000004';

const viewer = (orgId: string): Principal => ({ keyId: 'k', orgId, role: ApiKeyRole.VIEWER });

function scan(status: ScanStatus): ScanDto {
  return {
    id: SCAN, orgId: ORG_A, tenantId: TENANT, status, trigger: ScanTrigger.MANUAL, phase: 'evaluating', progress: 100,
    startedAt: '2025-01-01T00:00:00.000Z', finishedAt: null, warnings: [], results: [], error: null,
  };
}

function event(status: ScanStatus, percent: number, orgId = ORG_A): ScanProgressEvent {
  return { orgId, scanId: SCAN, tenantId: TENANT, status, percent, phase: 'p', message: `${percent}%`, at: new Date().toISOString() };
}

describe('ScanProgressFeed', () => {
  const pubSub = createGatewayPubSub();
  let current: ScanDto;
  const scanner = { getScan: jest.fn(async (orgId: string, id: string) => { if (orgId !== current.orgId) throw notFound('Scan', id); return current; }) };
  const connector = { getTenant: jest.fn(async (orgId: string, id: string) => { if (orgId !== ORG_A) throw notFound('Tenant', id); return {} as TenantDto; }) };
  const feed = new ScanProgressFeed(pubSub, scanner as unknown as ScannerClient, connector as unknown as ConnectorClient);
  const publish = (e: ScanProgressEvent) => {
    pubSub.publish(GatewayTopic.ScanProgress, scanProgressKey.byScan(e.orgId, e.scanId), e);
    pubSub.publish(GatewayTopic.ScanProgress, scanProgressKey.byTenant(e.orgId, e.tenantId), e);
  };

  beforeEach(() => (current = scan(ScanStatus.RUNNING)));

  it('delivers a scan’s events, including those published while it was being looked up, and completes after the final one', async () => {
    scanner.getScan.mockImplementationOnce(async () => {
      publish(event(ScanStatus.RUNNING, 10));
      return current;
    });
    const stream = await feed.open(viewer(ORG_A), { scanId: SCAN });
    publish(event(ScanStatus.RUNNING, 50, ORG_B));
    publish(event(ScanStatus.RUNNING, 60));
    publish(event(ScanStatus.SUCCEEDED, 100));
    publish(event(ScanStatus.RUNNING, 99));
    const received: number[] = [];
    for await (const e of stream) received.push(e.percent);
    expect(received).toEqual([10, 60, 100]);
  });

  it('answers a late subscriber of a finished scan with its final state, then completes', async () => {
    current = scan(ScanStatus.PARTIAL);
    const received: ScanProgressEvent[] = [];
    for await (const e of await feed.open(viewer(ORG_A), { scanId: SCAN })) received.push(e);
    expect(received).toEqual([expect.objectContaining({ scanId: SCAN, status: ScanStatus.PARTIAL, percent: 100 })]);
  });

  it('refuses another organisation’s scan or tenant with NOT_FOUND', async () => {
    await expect(feed.open(viewer(ORG_B), { scanId: SCAN })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(feed.open(viewer(ORG_B), { tenantId: TENANT })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(feed.open(viewer(ORG_A), { scanId: SCAN, tenantId: 'e0000000-0000-4000-8000-000000000005' })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
  });

  it('asks for a scanId or tenantId, as UUIDs', async () => {
    await expect(feed.open(viewer(ORG_A), {})).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    await expect(feed.open(viewer(ORG_A), { tenantId: 'x' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'tenantId' } });
  });

  it('follows every scan of a tenant until the client leaves', async () => {
    const stream = (await feed.open(viewer(ORG_A), { tenantId: TENANT }))[Symbol.asyncIterator]();
    publish(event(ScanStatus.SUCCEEDED, 100));
    publish(event(ScanStatus.RUNNING, 5, ORG_B));
    publish(event(ScanStatus.RUNNING, 7));
    expect((await stream.next()).value).toMatchObject({ percent: 100 });
    expect((await stream.next()).value).toMatchObject({ percent: 7 });
    await stream.return?.();
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });
});
