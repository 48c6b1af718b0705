import { NatsRequester, Subject, SyncScheduleDto, SyncScheduleKind } from '@trueconfig/common';
import { GatewayContext } from '../graphql/gateway-context';
import { syncScheduleLoader } from './sync-schedule.loader';

const schedule = (tenantId: string): SyncScheduleDto => ({
  tenantId, enabled: true, kind: SyncScheduleKind.INTERVAL, intervalSeconds: 3600, offsetSeconds: 60, cron: null, timezone: null, windowStart: null, windowEnd: null, nextRunAt: null, lastRunAt: null, lastScanId: null,
});
const contextOf = (orgId: string) => ({ auth: { principal: { orgId, keyId: 'k', role: 'viewer' }, failure: null } }) as unknown as GatewayContext;

describe('syncScheduleLoader', () => {
  it('asks the scanner once per batch, within the caller organisation, and once per context', async () => {
    const request = jest.fn().mockImplementation(async (_subject: Subject, body: { tenantIds: string[] }) => body.tenantIds.map((id) => (id === 'b' ? null : schedule(id))));
    const nats = { request } as unknown as NatsRequester;
    const context = contextOf('org-1');
    const [a, b] = await Promise.all([syncScheduleLoader(context, nats).load('a'), syncScheduleLoader(context, nats).load('b')]);
    expect(a?.tenantId).toBe('a');
    expect(b).toBeNull();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith(Subject.GetSyncSchedules, { orgId: 'org-1', tenantIds: ['a', 'b'] });
    await syncScheduleLoader(contextOf('org-2'), nats).load('a');
    expect(request).toHaveBeenLastCalledWith(Subject.GetSyncSchedules, { orgId: 'org-2', tenantIds: ['a'] });
  });

  it('refuses a reply that does not match the batch', async () => {
    const nats = { request: jest.fn().mockResolvedValue([]) } as unknown as NatsRequester;
    await expect(syncScheduleLoader(contextOf('org-1'), nats).load('a')).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
