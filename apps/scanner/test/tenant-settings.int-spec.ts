import { AppErrorPayload, ControlStatus, ErrorCode, REQUIRED_PERMISSIONS, ScanStatus, Subject } from '@trueconfig/common';
import { waitFor } from '@trueconfig/launcher';
import { ConnectedTenant, ScanSteps } from './support/scan-steps';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const ORG = 'org-settings';
const CALLER = { orgId: ORG, actor: 'key-operator' };

jest.setTimeout(90000);

async function refusal(promise: Promise<unknown>): Promise<AppErrorPayload> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: AppErrorPayload) => error,
  );
}

describe('tenant settings, acceptances, history and drift (integration: NATS, Postgres, emulator)', () => {
  let h: ScannerHarness;
  let steps: ScanSteps;
  let tenant: ConnectedTenant;

  beforeAll(async () => {
    h = await startScannerHarness();
    steps = new ScanSteps(h, ORG);
    tenant = await steps.connectTenant(ALL_PERMISSIONS, { users: 200, ratio: 0.8 });
  }, 60000);

  afterAll(async () => {
    await h?.stop();
  });

  it('round-trips settings: defaults first, a partial change keeps the rest, another organisation sees nothing', async () => {
    const [defaults] = await h.requester.request(Subject.GetTenantSettings, { orgId: ORG, tenantIds: [tenant.id] });
    expect(defaults).toMatchObject({ tenantId: tenant.id, breakGlassAccounts: [], updatedAt: null, thresholds: { globalAdminMin: 2, globalAdminMax: 4, staleDays: 90, mfaTargetPercent: 100 } });

    const breakGlass = '11111111-2222-3333-4444-555555555555';
    await h.requester.request(Subject.UpdateTenantSettings, { ...CALLER, tenantId: tenant.id, input: { breakGlassAccounts: [breakGlass], thresholds: { staleDays: 60 } } });
    const saved = await h.requester.request(Subject.UpdateTenantSettings, {
      ...CALLER,
      tenantId: tenant.id,
      input: { approvedExclusions: { groups: [breakGlass] }, thresholds: { globalAdminMax: 8 } },
    });
    expect(saved).toMatchObject({ breakGlassAccounts: [breakGlass], approvedExclusions: { groups: [breakGlass], users: [] }, thresholds: { staleDays: 60, globalAdminMax: 8 } });
    const [read] = await h.requester.request(Subject.GetTenantSettings, { orgId: ORG, tenantIds: [tenant.id] });
    expect(read).toEqual(saved);

    const [foreign] = await h.requester.request(Subject.GetTenantSettings, { orgId: 'org-other', tenantIds: [tenant.id] });
    expect(foreign).toMatchObject({ breakGlassAccounts: [], updatedAt: null });
    const notYours = await refusal(h.requester.request(Subject.UpdateTenantSettings, { orgId: 'org-other', actor: 'k', tenantId: tenant.id, input: { breakGlassAccounts: [] } }));
    expect(notYours.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses bad settings naming the field', async () => {
    const band = await refusal(h.requester.request(Subject.UpdateTenantSettings, { ...CALLER, tenantId: tenant.id, input: { thresholds: { globalAdminMin: 9 } } }));
    expect(band).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'thresholds.globalAdminMax' } });
    const id = await refusal(h.requester.request(Subject.UpdateTenantSettings, { ...CALLER, tenantId: tenant.id, input: { breakGlassAccounts: ['admin@contoso.com'] } }));
    expect(id).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'breakGlassAccounts[0]' } });
    const control = await refusal(h.requester.request(Subject.AcceptRisk, { ...CALLER, tenantId: tenant.id, controlId: 'XX-99', reason: 'r', owner: 'o', expiresAt: '2030-01-01T00:00:00Z' }));
    expect(control).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'controlId' } });
    const past = await refusal(h.requester.request(Subject.AcceptRisk, { ...CALLER, tenantId: tenant.id, controlId: 'ID-01', reason: 'r', owner: 'o', expiresAt: '2020-01-01T00:00:00Z' }));
    expect(past).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'expiresAt' } });
  });

  it('applies a risk acceptance on the next scan until it expires; lists scans newest first; drift names the control a threshold changed', async () => {
    const expiresAt = new Date(Date.now() + 6000).toISOString();
    const accepted = await h.requester.request(Subject.AcceptRisk, { ...CALLER, tenantId: tenant.id, controlId: 'id-01', reason: 'Rollout in progress', owner: 'ciso@contoso.example', expiresAt });
    expect(accepted.riskAcceptances).toEqual([expect.objectContaining({ controlId: 'ID-01', owner: 'ciso@contoso.example', acceptedBy: 'key-operator' })]);

    const first = await steps.finishedScan((await steps.startScan(tenant.id)).id);
    expect(first.status).not.toBe(ScanStatus.FAILED);
    const id01 = first.results.find((r) => r.controlId === 'ID-01');
    expect(id01).toMatchObject({ status: ControlStatus.FAIL, acceptance: { state: 'active', reason: 'Rollout in progress', owner: 'ciso@contoso.example' } });

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(expiresAt) - Date.now() + 100)));
    const second = await steps.finishedScan((await steps.startScan(tenant.id)).id);
    expect(second.results.find((r) => r.controlId === 'ID-01')).toMatchObject({ status: ControlStatus.FAIL, acceptance: { state: 'expired' } });

    await h.requester.request(Subject.UpdateTenantSettings, { ...CALLER, tenantId: tenant.id, input: { thresholds: { mfaTargetPercent: 50 } } });
    const third = await steps.finishedScan((await steps.startScan(tenant.id)).id);
    expect(third.results.find((r) => r.controlId === 'ID-01')?.status).toBe(ControlStatus.PASS);

    const page = await h.requester.request(Subject.ListScans, { orgId: ORG, tenantId: tenant.id, first: 2 });
    expect(page.items.map((s) => s.id)).toEqual([third.id, second.id]);
    expect(page.hasNextPage).toBe(true);
    const rest = await h.requester.request(Subject.ListScans, { orgId: ORG, tenantId: tenant.id, first: 2, after: page.endCursor });
    expect(rest).toMatchObject({ items: [expect.objectContaining({ id: first.id })], hasNextPage: false });
    expect((await h.requester.request(Subject.ListScans, { orgId: 'org-other', tenantId: tenant.id, first: 5 })).items).toEqual([]);

    const stored = await h.requester.request(Subject.GetScanResults, { orgId: ORG, scanIds: [first.id, 'ffffffff-ffff-4fff-8fff-ffffffffffff'] });
    expect(stored).toEqual({ results: [first.results, []], next: null });

    const [drift, firstDrift] = await h.requester.request(Subject.ScanDrift, { orgId: ORG, scanIds: [third.id, first.id] });
    expect(drift).toMatchObject({ scanId: third.id, previousScanId: second.id });
    expect(drift?.controls).toContainEqual(expect.objectContaining({ controlId: 'ID-01', previous: ControlStatus.FAIL, current: ControlStatus.PASS }));
    expect(firstDrift).toMatchObject({ previousScanId: null, controls: [] });
    expect(await h.requester.request(Subject.ScanDrift, { orgId: 'org-other', scanIds: [third.id] })).toEqual([null]);

    const revoked = await h.requester.request(Subject.RevokeRiskAcceptance, { ...CALLER, tenantId: tenant.id, controlId: 'ID-01' });
    expect(revoked.riskAcceptances).toEqual([]);
    await waitFor('settings changes in the sync log', async () => (await h.audit.drain()).some((e) => e.code === 'RISK_ACCEPTANCE_REVOKED'), 10000);
    expect(h.audit.events.find((e) => e.code === 'RISK_ACCEPTED')).toMatchObject({ tenantId: tenant.id, actor: 'key-operator', details: { controlId: 'ID-01' } });
  });
});
