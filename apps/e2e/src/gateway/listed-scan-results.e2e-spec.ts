import { ALL_PERMISSIONS, connect, emulatorTenant, finishedScan, startScan } from '../support/scan-helpers';
import { emulator, env, gql } from '../support/e2e-client';

jest.setTimeout(180000);

const RESULT_FIELDS = 'controlId status summary affectedCount acceptance { state } evidenceCount evidence(first: 3) { kind id displayName } evidencePage(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage } }';
const BY_ID = `query ($id: ID!) { scan(id: $id) { id status score { score judged excluded } results { ${RESULT_FIELDS} } } }`;
const LATEST = `query ($id: ID!) { tenant(id: $id) { latestScan { id status score { score judged excluded } results { ${RESULT_FIELDS} } } } }`;
const LATEST_WITHOUT_EVIDENCE = 'query ($id: ID!) { tenant(id: $id) { latestScan { id results { controlId status summary } } } }';
const HISTORY = 'query ($id: ID!) { tenant(id: $id) { scans(first: 1) { edges { node { id score { score judged excluded } results { ...R } } } } } } fragment R on ControlResult { controlId evidenceCount }';

type Result = { controlId: string; status: string; summary: string; evidenceCount: number };
type ScanView = { id: string; score: unknown; results: Result[] };

/** A listed scan's results (LatestScans and ListScans carry summaries only) come back as Query.scan shows them. */
describe('results of listed scans, fetched only when selected (e2e)', () => {
  let tenantId: string;
  let scanId: string;
  let byId: ScanView;

  beforeAll(async () => {
    const tenant = await emulatorTenant(300, 0.5);
    const app = await emulator.createApp(tenant.tenantId, { permissions: ALL_PERMISSIONS });
    const connected = await connect(tenant.tenantId, app);
    if (!connected.data) throw new Error(`connect failed: ${JSON.stringify(connected.errors)}`);
    tenantId = connected.data.connectTenant.tenant.id;
    scanId = await startScan(tenantId);
    await finishedScan(scanId);
    byId = (await gql<{ scan: ScanView }>(BY_ID, { id: scanId }, env.viewerKey)).data!.scan;
  });

  it('Tenant.latestScan: the same results, evidence, pages and score as Query.scan', async () => {
    expect(byId.results.some((r) => r.evidenceCount > 0)).toBe(true);
    const latest = await gql<{ tenant: { latestScan: ScanView } }>(LATEST, { id: tenantId }, env.viewerKey);
    expect(latest.errors).toBeUndefined();
    expect(latest.data?.tenant.latestScan).toEqual(byId);
  });

  it('Tenant.latestScan without evidence selected and Tenant.scans through a fragment: the same results and score', async () => {
    const plain = await gql<{ tenant: { latestScan: ScanView } }>(LATEST_WITHOUT_EVIDENCE, { id: tenantId }, env.viewerKey);
    expect(plain.data?.tenant.latestScan.results).toEqual(byId.results.map(({ controlId, status, summary }) => ({ controlId, status, summary })));
    const history = await gql<{ tenant: { scans: { edges: Array<{ node: ScanView }> } } }>(HISTORY, { id: tenantId }, env.viewerKey);
    expect(history.data?.tenant.scans.edges[0].node).toEqual({ id: scanId, score: byId.score, results: byId.results.map(({ controlId, evidenceCount }) => ({ controlId, evidenceCount })) });
  });
});
