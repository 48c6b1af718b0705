import { REQUIRED_PERMISSIONS, ScanStatus } from '@trueconfig/common';
import { ScanSteps } from './support/scan-steps';
import { ScannerHarness, startScannerHarness } from './support/scanner-harness';

const ALL_PERMISSIONS = REQUIRED_PERMISSIONS.map((p) => p.name);
const REGISTRATION_PATH = '/beta/reports/authenticationMethods/userRegistrationDetails';

jest.setTimeout(90000);

/**
 * Graph's real limits (emulator --throttle-scale 1, scanner GRAPH_LIMIT_SCALE 1): the registration
 * report (5 requests per 10 s) and Conditional Access (1 per second) must be waited for, not hit.
 */
describe('pacing at Graph documented limits (integration)', () => {
  let h: ScannerHarness;
  let steps: ScanSteps;

  beforeAll(async () => {
    h = await startScannerHarness({ throttleScale: 1 });
    steps = new ScanSteps(h);
  }, 60000);

  afterAll(async () => {
    await h?.stop();
  });

  it('waits for the report and Conditional Access budgets: the scan completes and Graph never answers 429', async () => {
    // 5,000 users: 6 report pages of 999, more than the 5-request burst, so the sixth must wait its turn.
    const tenant = await steps.connectTenant(ALL_PERMISSIONS, { users: 5000 });
    await h.emulator.resetStats();
    const started = await steps.startScan(tenant.id);
    const scan = await steps.finishedScan(started.id, 60000);

    expect(scan.status).not.toBe(ScanStatus.FAILED);
    expect(scan.graphRequests).toMatchObject({ throttled: 0, giveUps: 0 });
    const stats = await h.emulator.stats();
    // The emulator's own verdict: no request arrived while its bucket was spent.
    expect(stats.throttled).toBe(0);
    const served = (path: string) => stats.requests.filter((r) => r.path === path);
    expect(served(REGISTRATION_PATH)).toEqual([expect.objectContaining({ status: 200, count: 6 })]);
    // 6 requests at 5 per 10 s from a 4.5-request burst (headroom): at least (6 − 4.5) × 2 s of waiting.
    const elapsedMs = Date.parse(scan.finishedAt ?? '') - Date.parse(scan.startedAt);
    expect(elapsedMs).toBeGreaterThanOrEqual(2900);
  });
});
