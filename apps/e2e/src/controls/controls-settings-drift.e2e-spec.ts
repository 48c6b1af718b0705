import { ALL_PERMISSIONS, connect, emulatorTenant, finishedScan, startScan } from '../support/scan-helpers';
import { emulator, env, errorCodeOf, gql } from '../support/e2e-client';

jest.setTimeout(180000);

const CONTROLS = /* GraphQL */ `
  query { controls { id title severity level licence permissions datasets remediation references { cis scuba eidsca maester } } }
`;
const SETTINGS = /* GraphQL */ `
  query ($id: ID!) { tenant(id: $id) { settings { breakGlassAccounts thresholds { globalAdminMax staleDays } riskAcceptances { controlId owner active } } } }
`;
const UPDATE = /* GraphQL */ `
  mutation ($tenantId: ID!, $input: TenantSettingsInput!) { updateTenantSettings(tenantId: $tenantId, input: $input) { breakGlassAccounts thresholds { globalAdminMin globalAdminMax staleDays } } }
`;
const ACCEPT = /* GraphQL */ `
  mutation ($tenantId: ID!, $expiresAt: DateTimeISO!) {
    acceptRisk(tenantId: $tenantId, controlId: "GU-02", reason: "Partner onboarding", owner: "ciso@contoso.example", expiresAt: $expiresAt) { riskAcceptances { controlId active } }
  }
`;
const SCAN_DETAIL = /* GraphQL */ `
  query ($id: ID!) {
    scan(id: $id) {
      id status score { score judged excluded }
      results { controlId status acceptance { state owner reason } evidenceCount evidence(first: 2) { id } evidencePage(first: 1) { edges { cursor } pageInfo { hasNextPage } } }
      drift { previousScanId auditsCollected controls { controlId previous current changes { activity actor } } }
    }
  }
`;
const HISTORY = /* GraphQL */ `
  query ($id: ID!) { tenant(id: $id) { scans(first: 1) { edges { node { id results { controlId } score { score } } } pageInfo { hasNextPage endCursor } } } }
`;
const BREAK_GLASS = '11111111-2222-3333-4444-555555555555';
const gatewayBase = env.gatewayUrl.replace(/\/graphql$/, '');

function report(scanId: string, format: string, key: string | null = env.adminKey) {
  return fetch(`${gatewayBase}/reports/scans/${scanId}.${format}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}

describe('controls, settings, acceptances, drift and reports (e2e)', () => {
  let tenantId: string;
  let directoryTenantId: string;
  let firstScanId: string;
  let secondScanId: string;

  beforeAll(async () => {
    const tenant = await emulatorTenant(150);
    directoryTenantId = tenant.tenantId;
    const app = await emulator.createApp(directoryTenantId, { permissions: ALL_PERMISSIONS });
    const connected = await connect(directoryTenantId, app);
    if (!connected.data) throw new Error(`connect failed: ${JSON.stringify(connected.errors)}`);
    tenantId = connected.data.connectTenant.tenant.id;
  });

  it('Query.controls lists the catalog (45+) with references and needs', async () => {
    const response = await gql<{ controls: Array<{ id: string; severity: string; references: { cis: string[]; scuba: string[] }; permissions: string[]; remediation: string[] }> }>(CONTROLS, {}, env.viewerKey);
    const controls = response.data?.controls ?? [];
    expect(controls.length).toBeGreaterThanOrEqual(45);
    expect(controls.find((c) => c.id === 'CA-01')).toMatchObject({ severity: 'CRITICAL', references: { scuba: ['MS.AAD.1.1v1'] } });
    expect(controls.filter((c) => c.references.cis.length + c.references.scuba.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it('updates settings, refusing bad input field by field', async () => {
    const saved = await gql<{ updateTenantSettings: { breakGlassAccounts: string[]; thresholds: { globalAdminMax: number; staleDays: number } } }>(UPDATE, {
      tenantId,
      input: { breakGlassAccounts: [BREAK_GLASS], thresholds: { globalAdminMax: 8, staleDays: 60 } },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateTenantSettings).toMatchObject({ breakGlassAccounts: [BREAK_GLASS], thresholds: { globalAdminMax: 8, staleDays: 60 } });

    const badId = await gql(UPDATE, { tenantId, input: { breakGlassAccounts: ['admin@contoso.com'] } });
    expect(errorCodeOf(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0]?.extensions?.details).toMatchObject({ field: 'input.breakGlassAccounts' });
    const badBand = await gql(UPDATE, { tenantId, input: { thresholds: { globalAdminMin: 9 } } });
    expect(badBand.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'thresholds.globalAdminMax' } });
    const range = await gql(UPDATE, { tenantId, input: { thresholds: { mfaTargetPercent: 120 } } });
    expect(range.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.thresholds.mfaTargetPercent' } });
    expect(errorCodeOf(await gql(UPDATE, { tenantId, input: { thresholds: { staleDays: 30 } } }, env.viewerKey))).toBe('FORBIDDEN');

    const read = await gql<{ tenant: { settings: { thresholds: { staleDays: number } } } }>(SETTINGS, { id: tenantId }, env.viewerKey);
    expect(read.data?.tenant.settings.thresholds.staleDays).toBe(60);
  });

  it('shows a risk acceptance on the next scan, a score, evidence pages, and drift after the tenant changes', async () => {
    const accepted = await gql<{ acceptRisk: { riskAcceptances: Array<{ controlId: string; active: boolean }> } }>(ACCEPT, { tenantId, expiresAt: new Date(Date.now() + 86400000).toISOString() });
    expect(accepted.data?.acceptRisk.riskAcceptances).toEqual([{ controlId: 'GU-02', active: true }]);

    firstScanId = (await finishedScan(await startScan(tenantId))).id;
    type Detail = { scan: { score: { score: number | null }; results: Array<{ controlId: string; status: string; acceptance: { state: string; owner: string } | null; evidenceCount: number }>; drift: { previousScanId: string | null; auditsCollected: boolean; controls: Array<{ controlId: string; previous: string; current: string }> } } };
    const first = (await gql<Detail>(SCAN_DETAIL, { id: firstScanId })).data?.scan;
    expect(first?.results.find((r) => r.controlId === 'GU-02')).toMatchObject({ status: 'FAIL', acceptance: { state: 'ACTIVE', owner: 'ciso@contoso.example' } });
    expect(first?.score.score).toEqual(expect.any(Number));
    expect(first?.drift).toMatchObject({ previousScanId: null, controls: [] });

    await emulator.call('PATCH', `/_emulator/tenants/${directoryTenantId}`, { settings: { authorizationPolicy: { allowInvitesFrom: 'adminsAndGuestInviters' } } });
    secondScanId = (await finishedScan(await startScan(tenantId))).id;
    const second = (await gql<Detail>(SCAN_DETAIL, { id: secondScanId })).data?.scan;
    expect(second?.drift.previousScanId).toBe(firstScanId);
    expect(second?.drift.auditsCollected).toBe(true);
    expect(second?.drift.controls).toContainEqual(expect.objectContaining({ controlId: 'GU-02', previous: 'FAIL', current: 'PASS' }));

    const history = await gql<{ tenant: { scans: { edges: Array<{ node: { id: string; results: unknown[] } }>; pageInfo: { hasNextPage: boolean } } } }>(HISTORY, { id: tenantId }, env.viewerKey);
    expect(history.data?.tenant.scans.edges.map((e) => e.node.id)).toEqual([secondScanId]);
    expect(history.data?.tenant.scans.edges[0].node.results.length).toBeGreaterThanOrEqual(45);
    expect(history.data?.tenant.scans.pageInfo.hasNextPage).toBe(true);
  });

  it('downloads the scan report as JSON, CSV and self-contained HTML', async () => {
    const json = await report(firstScanId, 'json', env.viewerKey);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { scan: { id: string }; results: unknown[] };
    expect(body.scan.id).toBe(firstScanId);
    expect(body.results.length).toBeGreaterThanOrEqual(45);
    const csv = await report(firstScanId, 'csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^controlId,title,severity/);
    const html = await report(firstScanId, 'html');
    expect(await html.text()).toMatch(/^<!doctype html>[\s\S]*GU-02[\s\S]*<\/html>\s*$/);
    expect((await report(firstScanId, 'pdf')).status).toBe(400);
    expect((await report(firstScanId, 'json', null)).status).toBe(401);
  });

  it("gives another organisation NOT_FOUND for the tenant's settings, reports and drift", async () => {
    const other = env.otherOrgAdminKey;
    expect(errorCodeOf(await gql(SETTINGS, { id: tenantId }, other))).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql(UPDATE, { tenantId, input: { breakGlassAccounts: [] } }, other))).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql(ACCEPT, { tenantId, expiresAt: new Date(Date.now() + 86400000).toISOString() }, other))).toBe('NOT_FOUND');
    expect(errorCodeOf(await gql(SCAN_DETAIL, { id: secondScanId }, other))).toBe('NOT_FOUND');
    const foreignReport = await report(secondScanId, 'html', other);
    expect(foreignReport.status).toBe(404);
    expect(((await foreignReport.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
