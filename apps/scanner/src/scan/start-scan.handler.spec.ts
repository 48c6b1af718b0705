import { AppError, ErrorCode, NatsRequester, ScanStatus, ScanTrigger, Subject } from '@trueconfig/common';
import { ScanRunner } from '../scan-run/scan-runner';
import { ScanEntity } from './scan.entity';
import { ScanStore } from './scan.store';
import { StartScanHandler } from './start-scan.handler';

const TENANT = '11111111-1111-4111-8111-111111111111';
const request = { orgId: 'org-1', actor: 'key-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL };

function setup(connectorAnswer: Promise<unknown>) {
  const scan = { id: 'scan-1', orgId: 'org-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL, status: ScanStatus.RUNNING, phase: 'starting', progress: 0, warnings: [], error: null, startedAt: new Date(0), finishedAt: null } as unknown as ScanEntity;
  const requester = { request: jest.fn().mockReturnValue(connectorAnswer) };
  const store = { createRunning: jest.fn().mockResolvedValue(scan) };
  const runner = { submit: jest.fn() };
  const handler = new StartScanHandler(requester as unknown as NatsRequester, store as unknown as ScanStore, runner as unknown as ScanRunner);
  return { handler, requester, store, runner };
}

describe('StartScanHandler', () => {
  it('checks the tenant with the connector, creates the scan, hands it to the runner and replies with it', async () => {
    const { handler, requester, store, runner } = setup(Promise.resolve({ id: TENANT }));
    const reply = await handler.handle(request);
    expect(requester.request).toHaveBeenCalledWith(Subject.GetTenant, { orgId: 'org-1', tenantId: TENANT });
    expect(store.createRunning).toHaveBeenCalledWith({ orgId: 'org-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL });
    expect(runner.submit).toHaveBeenCalledWith({ scanId: 'scan-1', orgId: 'org-1', tenantId: TENANT, trigger: ScanTrigger.MANUAL, actor: 'key-1' });
    expect(reply).toMatchObject({ id: 'scan-1', status: ScanStatus.RUNNING, phase: 'starting', progress: 0, results: [], startedAt: '1970-01-01T00:00:00.000Z' });
  });

  it("passes the connector's NOT_FOUND through and creates nothing", async () => {
    const { handler, store } = setup(Promise.reject(new AppError(ErrorCode.NOT_FOUND, 'Tenant x was not found.')));
    await expect(handler.handle(request)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(store.createRunning).not.toHaveBeenCalled();
  });

  it('refuses a tenant id that is not a GUID and an unknown trigger', async () => {
    const { handler, requester } = setup(Promise.resolve({}));
    await expect(handler.handle({ ...request, tenantId: 'me@contoso.com' })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(handler.handle({ ...request, trigger: 'NIGHTLY' as ScanTrigger })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    expect(requester.request).not.toHaveBeenCalled();
  });
});
