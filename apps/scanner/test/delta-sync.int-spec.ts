import { REQUIRED_PERMISSIONS, ScanDto, ScanStatus, ScanTrigger, Subject } from '@trueconfig/common';
import { ScanSteps } from './support/scan-steps';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

// users/delta cannot return signInActivity, so delta sync applies to tenants whose users are read without it.
const DELTA_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name).filter((p) => p !== 'AuditLog.Read.All');
const DELTA_PATH = '/v1.0/users/delta';

jest.setTimeout(90000);

describe('incremental sync and resilient listings (integration)', () => {
  let h: ScannerHarness;
  let steps: ScanSteps;

  beforeAll(async () => {
    h = await startScannerHarness({ env: { GRAPH_RETRY_BASE_MS: '50' } });
    steps = new ScanSteps(h);
  }, 60000);

  afterAll(async () => {
    await h?.stop();
  });

  const deltaRequests = async (status = 200) =>
    (await h.emulator.stats()).requests.filter((r) => r.path === DELTA_PATH && r.status === status).reduce((sum, r) => sum + r.count, 0);

  const scan = async (tenantId: string, full = false): Promise<ScanDto> => {
    await h.emulator.resetStats();
    const request = { orgId: steps.orgId, actor: 'api-key-1', tenantId, trigger: ScanTrigger.MANUAL, ...(full ? { full } : {}) };
    const started = await h.requester.request(Subject.StartScan, request);
    return steps.finishedScan(started.id);
  };

  const usersRead = (scanned: ScanDto) => scanned.results.find((r) => r.controlId === 'ID-01');

  it('reads users in full once, then only the changes; a full scan reads everything again', async () => {
    const tenant = await steps.connectTenant(DELTA_PERMISSIONS, { users: 3000 });

    const first = await scan(tenant.id);
    expect(first.status).not.toBe(ScanStatus.FAILED);
    expect(await deltaRequests()).toBe(4); // 3,000 users in pages of 999

    const changed = await h.emulator.call<{ updated: string[]; deleted: string[] }>('POST', `/_emulator/tenants/${tenant.directoryTenantId}/users/changes`, {
      update: 5,
      delete: 3,
    });
    expect(changed.deleted).toHaveLength(3);

    const second = await scan(tenant.id);
    expect(second.status).toBe(first.status);
    expect(await deltaRequests()).toBe(1); // the delta link: only the 8 changes
    expect((await h.emulator.stats()).requests.some((r) => r.path === '/v1.0/users')).toBe(false);
    // The evaluation was fed from the replica: the same controls, now over 2,997 users.
    expect(second.results.map((r) => r.controlId)).toEqual(first.results.map((r) => r.controlId));
    expect(usersRead(second)?.status).toBeDefined();

    const unchanged = await scan(tenant.id);
    expect(await deltaRequests()).toBe(1);
    expect(unchanged.results.map((r) => [r.controlId, r.status, r.affectedCount])).toEqual(second.results.map((r) => [r.controlId, r.status, r.affectedCount]));

    const full = await scan(tenant.id, true);
    expect(await deltaRequests()).toBe(4);
    expect(full.results.map((r) => [r.controlId, r.status, r.affectedCount])).toEqual(second.results.map((r) => [r.controlId, r.status, r.affectedCount]));
  });

  it('starts a listing over when its page token expires mid-way, and recovers from 5xx and resets', async () => {
    const tenant = await steps.connectTenant(DELTA_PERMISSIONS, { users: 3000 });
    const reference = await scan(tenant.id, true);

    await h.emulator.addFault({ pathPattern: DELTA_PATH, tenantId: tenant.directoryTenantId, expirePageToken: true, count: 1 });
    const restarted = await scan(tenant.id, true);
    // Page 1, then page 2 refused (expired token), then 4 pages from the start.
    expect(await deltaRequests()).toBe(5);
    expect(await deltaRequests(400)).toBe(1);
    expect(restarted.results.map((r) => [r.controlId, r.status, r.affectedCount])).toEqual(reference.results.map((r) => [r.controlId, r.status, r.affectedCount]));

    await h.emulator.addFault({ pathPattern: DELTA_PATH, tenantId: tenant.directoryTenantId, status: 502, count: 1 });
    await h.emulator.addFault({ pathPattern: '/v1.0/domains', tenantId: tenant.directoryTenantId, reset: true, count: 1 });
    await h.emulator.addFault({ pathPattern: '/v1.0/subscribedSkus', tenantId: tenant.directoryTenantId, status: 500, count: 1 });
    const recovered = await scan(tenant.id, true);
    expect(recovered.status).toBe(reference.status);
    expect(recovered.warnings).toEqual(reference.warnings);
    expect(recovered.graphRequests?.retries).toBeGreaterThanOrEqual(3);
    expect(recovered.results.map((r) => [r.controlId, r.status, r.affectedCount])).toEqual(reference.results.map((r) => [r.controlId, r.status, r.affectedCount]));
    await h.emulator.clearFaults();
  });
});
