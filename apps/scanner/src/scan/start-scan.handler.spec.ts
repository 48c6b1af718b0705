import { AppError, ErrorCode, NatsRequester, ScanStatus, ScanTrigger, Subject } from '@trueconfig/common';
import { DataSource } from 'typeorm';
import { ScanRunner } from '../scan-run/scan-runner';
import { ScanEntity } from './scan.entity';
import { ScanStore } from './scan.store';
import { StartScanHandler } from './start-scan.handler';

const TENANT = '11111111-1111-4111-8111-111111111111';
const request = { orgId: 'org-1', actor: 'key-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL };

function setup(connectorAnswer: Promise<unknown>, submitted: Promise<void> = Promise.resolve()) {
  const scan = {
    id: 'scan-1', orgId: 'org-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL, status: ScanStatus.QUEUED, phase: 'queued', progress: 0, warnings: [], error: null,
    startedAt: new Date(0), finishedAt: null, requests: 0, throttled: 0, retries: 0, giveUps: 0,
  } as unknown as ScanEntity;
  const requester = { request: jest.fn().mockReturnValue(connectorAnswer) };
  const store = { createQueued: jest.fn().mockResolvedValue(scan) };
  const runner = { submit: jest.fn().mockReturnValue(submitted) };
  const manager = { tx: true };
  const dataSource = { transaction: jest.fn((work: (db: unknown) => Promise<unknown>) => work(manager)) };
  const handler = new StartScanHandler(requester as unknown as NatsRequester, store as unknown as ScanStore, runner as unknown as ScanRunner, dataSource as unknown as DataSource);
  return { handler, requester, store, runner, manager };
}

describe('StartScanHandler', () => {
  it('checks the tenant with the connector, creates the scan and its job in one transaction, and replies QUEUED', async () => {
    const { handler, requester, store, runner, manager } = setup(Promise.resolve({ id: TENANT }));
    const reply = await handler.handle(request);
    expect(requester.request).toHaveBeenCalledWith(Subject.GetTenant, { orgId: 'org-1', tenantId: TENANT });
    expect(store.createQueued).toHaveBeenCalledWith({ orgId: 'org-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL }, manager);
    expect(runner.submit).toHaveBeenCalledWith({ scanId: 'scan-1', orgId: 'org-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL, actor: 'key-1' });
    expect(reply).toMatchObject({ id: 'scan-1', status: ScanStatus.QUEUED, progress: 0, results: [], startedAt: '1970-01-01T00:00:00.000Z' });
    expect(reply.graphRequests).toEqual({ total: 0, throttled: 0, retries: 0, giveUps: 0 });
  });

  it('answers SERVICE_UNAVAILABLE when JetStream does not store the job (the transaction rolls back)', async () => {
    const { handler } = setup(Promise.resolve({ id: TENANT }), Promise.reject(new Error('no responders')));
    await expect(handler.handle(request)).rejects.toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE });
  });

  it("passes the connector's NOT_FOUND through and creates nothing", async () => {
    const { handler, store } = setup(Promise.reject(new AppError(ErrorCode.NOT_FOUND, 'Tenant x was not found.')));
    await expect(handler.handle(request)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(store.createQueued).not.toHaveBeenCalled();
  });

  it('refuses a tenant id that is not a GUID and an unknown trigger', async () => {
    const { handler, requester } = setup(Promise.resolve({}));
    await expect(handler.handle({ ...request, tenantId: 'me@contoso.com' })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(handler.handle({ ...request, trigger: 'NIGHTLY' as ScanTrigger })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    expect(requester.request).not.toHaveBeenCalled();
  });
});
